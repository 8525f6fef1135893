/**
 * Formulations Tifa has not met yet: a page with a numbered slogan no glossary has gets it marked
 * apart (a highlight of its own), and its popover says what it looks like, shows the page's
 * sentences that use it and opens the add form prefilled. The setting turns them off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import { CANDIDATE_PATH, candidateCentre, candidateTexts, routeCandidatePage, SLOGAN } from './candidate-pages';
import { popover, useExtension, waitForHighlights } from './harness';

const harness = useExtension();
let ext: ExtensionPage;
let news: Page;

beforeAll(async () => {
  await routeCandidatePage(harness.browser.context);
  ext = await openExtensionPage(harness);
  news = await harness.open(CANDIDATE_PATH);
  await waitForHighlights(news);
});
afterAll(async () => {
  await news.close();
  await ext.close();
});

describe('candidate formulations', () => {
  it('marks an unseen numbered slogan apart from the terms, each use', async () => {
    await expect.poll(() => candidateTexts(news)).toEqual([SLOGAN, SLOGAN, SLOGAN, SLOGAN]);
    const terms = await news.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0);
    expect(terms).toBeGreaterThan(0);
  });

  it('opens a popover with the kind, the sentences and Add to my glossary, which opens the form prefilled', async () => {
    const box = await candidateCentre(news, 1);
    await news.mouse.click(box.x, box.y);
    const card = popover(news).filter({ has: news.locator('.candidate') });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.term').textContent()).toBe(SLOGAN);
    expect(await card.locator('.candidate-kind').textContent()).toContain('numbered slogan');
    const sentences = card.locator('.candidate-sentences li');
    expect(await sentences.count()).toBe(3);
    expect(await sentences.allTextContents()).toEqual(['省委全会部署“三个始终坚持”', '全会强调，要把“三个始终坚持”贯穿工作全过程，推动高质量发展。', '各级干部要深刻领会三个始终坚持的内涵。']);
    expect(await card.locator('.candidate-sentences mark').allTextContents()).toEqual([SLOGAN, SLOGAN, SLOGAN]);
    await news.screenshot({ path: 'tests/e2e/.artifacts/candidate-popover.png' });

    const opened = harness.browser.context.waitForEvent('page');
    await card.locator('.candidate-add').click();
    const form = await opened;
    await form.waitForLoadState();
    const hash = new URLSearchParams(new URL(form.url()).hash.replace(/^#add\?/, ''));
    expect(hash.get('term')).toBe(SLOGAN);
    expect(hash.get('source')).toBe(news.url());
    await form.close();
  });

  it('marks none when the reader turns them off', async () => {
    await ext.setSettings({ candidates: false });
    await expect.poll(() => candidateTexts(news)).toEqual([]);
    await ext.setSettings({ candidates: true });
    await expect.poll(() => candidateTexts(news)).toHaveLength(4);
  });
});
