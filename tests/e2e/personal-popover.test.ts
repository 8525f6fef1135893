/**
 * The personal glossary where the reader reads: a note written in the popover is kept (after a
 * reload, in a second tab), and an own term added from a selection is marked in open tabs at once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlighted, highlightedWhen, hoverTerm, popover, termCentre, useExtension, waitForHighlights } from './harness';

const harness = useExtension();
let news: Page;

beforeAll(async () => {
  news = await harness.open('/article.html');
  await waitForHighlights(news);
});
afterAll(() => news.close());

async function pinTerm(page: Page, term: string) {
  await highlightedWhen(page, (terms) => terms.includes(term)); // the page is read a slice at a time
  const { x, y } = await termCentre(page, term);
  await page.mouse.click(x, y);
  await expect.poll(() => popover(page).locator('.term').textContent()).toBe(term);
}

describe('my glossary on the page', () => {
  it('keeps a note written in the popover, after a reload and in a second tab', async () => {
    await pinTerm(news, '先立後破');
    await popover(news).locator('.note-edit').click();
    await popover(news).locator('textarea').fill('See the CEWC readout, Dec 2023 <img src=x onerror="window.__pwned=1">');
    await popover(news).locator('.note-actions .primary').click();
    await expect.poll(() => popover(news).locator('.note-text').textContent()).toContain('See the CEWC readout');

    await news.reload();
    await waitForHighlights(news);
    await pinTerm(news, '先立後破');
    expect(await popover(news).locator('.note-text').textContent()).toBe(
      'My note See the CEWC readout, Dec 2023 <img src=x onerror="window.__pwned=1">',
    );
    expect(await news.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const second = await harness.open('/article.html');
    await waitForHighlights(second);
    await pinTerm(second, '先立後破');
    expect(await popover(second).locator('.note-text').textContent()).toContain('See the CEWC readout');
    await second.close();
  });

  it('never loses a note being written: the pointer leaving, Escape, a click elsewhere, closing', async () => {
    await news.keyboard.press('Escape'); // the popover pinned by the test before
    await expect.poll(() => popover(news).isVisible()).toBe(false);
    // Opened by hover, not pinned: typing pins it.
    await hoverTerm(news, '卡脖子');
    await expect.poll(() => popover(news).locator('.term').textContent()).toBe('卡脖子');
    await popover(news).locator('.note-edit').click();
    await popover(news).locator('textarea').pressSequentially('half a thought');
    await news.mouse.move(5, 700, { steps: 5 });
    await news.waitForTimeout(500); // past the close grace period
    expect(await popover(news).isVisible()).toBe(true);
    await popover(news).locator('textarea').press('Escape');
    await news.keyboard.press('Escape');
    await news.mouse.click(900, 40); // a click elsewhere
    await news.waitForTimeout(300);
    expect(await popover(news).isVisible()).toBe(true);
    expect(await popover(news).locator('textarea').inputValue()).toBe('half a thought');

    await popover(news).locator('.close').click(); // closing keeps the draft
    await expect.poll(() => popover(news).isVisible()).toBe(false);
    await hoverTerm(news, '卡脖子');
    expect(await popover(news).locator('textarea').inputValue()).toBe('half a thought');
    await popover(news).locator('.note-actions .button:not(.primary)').click(); // Cancel drops it
    await popover(news).locator('.close').click();
    await hoverTerm(news, '卡脖子');
    expect(await popover(news).locator('textarea').count()).toBe(0);
    await news.mouse.move(5, 700, { steps: 3 });
  });

  it('marks a term added from a selection in the open tab at once, in both scripts', async () => {
    expect(await highlighted(news)).not.toContain('電池工廠');
    // What the "Add to my glossary" menu opens: the options page with the selection filled in.
    const options = await harness.browser.context.newPage();
    const selection = encodeURIComponent('電池工廠');
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html#add?term=${selection}&source=${encodeURIComponent(news.url())}`);
    const form = options.locator('form.own-term-form');
    await form.locator('[name=en]').fill('battery plant');
    await form.locator('[name=meaning]').fill('A factory making battery cells and packs.');
    await form.getByRole('button', { name: 'Add to my glossary' }).click();
    await options.close();

    await highlightedWhen(news, (terms) => terms.includes('電池工廠'));
    await hoverTerm(news, '電池工廠');
    expect(await popover(news).locator('.en').textContent()).toBe('battery plant');
    expect(await popover(news).locator('footer').textContent()).toBe('My glossary');

    const simplified = await harness.open('/article-cn.html');
    await highlightedWhen(simplified, (terms) => terms.includes('电池工厂'));
    await simplified.close();
  });
});
