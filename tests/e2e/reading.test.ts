/**
 * The reading experience in real Chromium: pinning, related terms, keyboard stepping, touch,
 * settings taking effect live, hostile page CSS, terms on this page, accessibility (axe-core).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import { highlightCount, hoverTerm, popover, termCentre, useExtension, waitForAllHighlights, waitForHighlights } from './harness';
import { ARTIFACT_DIR } from './paths';

const harness = useExtension();
let ext: ExtensionPage;
let page: Page;

beforeAll(async () => {
  ext = await openExtensionPage(harness);
});
afterAll(() => ext.close());
afterEach(async () => {
  await page?.close();
  await ext.setSettings({ highlight: 'underline', density: 'all', language: 'en', pinyin: true, jyutping: true,
    trigger: 'hover', theme: 'page', fontSize: 15, hiddenCategories: [] });
});

async function openArticle(url = '/article.html') {
  page = await harness.open(url);
  await waitForHighlights(page);
  return page;
}
const card = () => popover(page);
const term = () => card().locator('.term').textContent();

describe('popover', () => {
  it('pins on click, stays when the pointer leaves, closes on Escape and on a click outside', async () => {
    await openArticle();
    const { x, y } = await termCentre(page, '卡脖子');
    await page.mouse.click(x, y);
    await expect.poll(term).toBe('卡脖子');
    await page.mouse.move(5, 700, { steps: 5 });
    await page.waitForTimeout(500); // past the close grace period: pinned, so still open
    expect(await card().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().isVisible()).toBe(false);

    await page.mouse.click(x, y);
    await expect.poll(() => card().isVisible()).toBe(true);
    await card().locator('.close').click();
    await expect.poll(() => card().isVisible()).toBe(false);
    await page.mouse.click(x, y);
    await expect.poll(() => card().isVisible()).toBe(true);
    await page.mouse.click(900, 40); // outside
    await expect.poll(() => card().isVisible()).toBe(false);
  });

  it('opens related terms in place, with a way back, and shows the longer explanation', async () => {
    await openArticle();
    await hoverTerm(page, '新質生產力');
    const { x, y } = await termCentre(page, '新質生產力');
    await page.mouse.click(x, y);
    await card().locator('.related button', { hasText: '高質量發展' }).click();
    await expect.poll(term).toBe('高質量發展');
    await card().locator('.back').click();
    await expect.poll(term).toBe('新質生產力');
    await card().locator('.more').click();
    expect((await card().locator('.explanation').textContent())!.length).toBeGreaterThan(40);
    expect(await card().locator('.sources li').count()).toBeGreaterThan(0);
    await card().locator('.copy').click();
    await expect.poll(() => card().locator('.copy').getAttribute('title')).toBe('Copied');
  });

  it('steps through the terms from the keyboard, announces them, pins with Enter and gives focus back', async () => {
    await openArticle();
    await ext.stepTab(page, 1);
    await expect.poll(term).toBe('新質生產力'); // the first term of the page
    await expect.poll(() => page.locator('tifa-popover [aria-live]').textContent()).toBe('新質生產力: new quality productive forces');
    await ext.stepTab(page, 1);
    await expect.poll(term).toBe('國際創新科技中心');
    await ext.stepTab(page, -1);
    await expect.poll(term).toBe('新質生產力');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('tifa-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => card().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('tifa-popover');
  });

  it('ignores the shortcuts while the reader is typing', async () => {
    page = await harness.open('/split.html');
    await waitForHighlights(page);
    await page.locator('#field').click();
    await ext.stepTab(page, 1);
    await page.waitForTimeout(400);
    expect(await card().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
  });

  it('opens with a tap on a touch screen and closes with a tap elsewhere', async () => {
    await openArticle();
    const { x, y } = await termCentre(page, '小院高牆');
    await page.touchscreen.tap(x, y);
    await expect.poll(term).toBe('小院高牆');
    await page.touchscreen.tap(900, 40);
    await expect.poll(() => card().isVisible()).toBe(false);
  });

  it('is out of reach of hostile page CSS', async () => {
    await openArticle('/hostile-css.html');
    await hoverTerm(page, '新質生產力');
    const style = await card().evaluate((root) => {
      const termStyle = getComputedStyle(root.querySelector('.term')!);
      const box = root.getBoundingClientRect();
      return { display: getComputedStyle(root).display, size: termStyle.fontSize, width: box.width, height: box.height };
    });
    expect(style.display).toBe('block');
    expect(style.size).toBe('21px'); // 1.4em of the reader's 15px, whatever the page's root size
    expect(style.width).toBeGreaterThan(200);
    expect(style.height).toBeGreaterThan(100);
  });

  it('passes axe-core accessibility checks', async () => {
    await openArticle();
    const { x, y } = await termCentre(page, '新質生產力');
    await page.mouse.click(x, y);
    await card().locator('.more').click();
    const violations = await axeViolations(page, ['tifa-popover']);
    expect(violations).toEqual([]);
  });
});

describe('settings take effect live', () => {
  it('changes how terms are marked, how many, and which categories', async () => {
    await openArticle();
    await waitForAllHighlights(page); // counts compared below: the whole page, not its first screen
    const all = await highlightCount(page);
    await ext.setSettings({ density: 'first' });
    await expect.poll(() => highlightCount(page)).toBeLessThan(all);
    const firsts = await highlightCount(page);
    await ext.setSettings({ hiddenCategories: ['economy'] });
    await expect.poll(() => highlightCount(page)).toBeLessThan(firsts);
    await ext.setSettings({ highlight: 'background' });
    await expect.poll(() => page.evaluate(() => [CSS.highlights.has('tifa-term'), CSS.highlights.has('tifa-term-marker')])).toEqual([false, true]);
    await ext.setSettings({ highlight: 'none', density: 'all', hiddenCategories: [] });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('tifa-term-marker'))).toBe(false);
    // Marked or not, a term is still explained on hover.
    await page.mouse.move(5, 5);
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('小院高牆'))!;
      const text = [...p.childNodes].find((n) => n.textContent?.includes('小院高牆'))!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('小院高牆');
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      p.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await expect.poll(term).toBe('小院高牆');
  });

  it('changes the popover: language, readings, theme, text size, and the Alt trigger', async () => {
    await openArticle();
    await ext.setSettings({ language: 'hans', jyutping: false, theme: 'dark', fontSize: 20 });
    await hoverTerm(page, '新質生產力');
    expect(await card().locator('.meaning').getAttribute('lang')).toBe('zh-Hans');
    expect(await card().locator('.jyutping').count()).toBe(0);
    expect(await card().getAttribute('data-theme')).toBe('dark');
    expect(await card().evaluate((e) => getComputedStyle(e).fontSize)).toBe('20px');

    await ext.setSettings({ trigger: 'alt' });
    await page.mouse.move(5, 5);
    await expect.poll(() => card().isVisible()).toBe(false);
    const { x, y } = await termCentre(page, '卡脖子');
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(400);
    expect(await card().isVisible()).toBe(false);
    await page.keyboard.down('Alt');
    await page.mouse.move(x + 2, y, { steps: 2 });
    await page.keyboard.up('Alt');
    await expect.poll(term).toBe('卡脖子');
  });

  it('shows Simplified text in Simplified: the block\'s own characters first, then the page\'s lang', async () => {
    page = await harness.open('/simplified.html');
    await waitForHighlights(page, 4);
    for (const shown of ['粤港澳大湾区', '一带一路', '耐心资本']) {
      await hoverTerm(page, shown);
      await expect.poll(term).toBe(shown);
      await page.mouse.move(5, 700, { steps: 3 });
      await expect.poll(() => card().isVisible()).toBe(false);
    }
  });

  it('shows a Taiwanese page the Traditional texts in Taiwan\'s standard characters, a Hong Kong page in Hong Kong\'s', async () => {
    await ext.setSettings({ language: 'hant' });
    const explanation = async (url: string) => {
      page = await harness.open(url);
      await waitForHighlights(page);
      await hoverTerm(page, '台獨');
      const text = await card().locator('.meaning').textContent();
      await page.close();
      return text;
    };
    // Built from one Simplified text: the compile derives the Hong Kong and the Taiwan forms.
    expect(await explanation('/taiwan.html')).toContain('脫離');
    expect(await explanation('/hong-kong.html')).toContain('脱離');
  });

  it('follows the page: a dark page gets the dark popover', async () => {
    await openArticle('/dark.html');
    await hoverTerm(page, '新質生產力');
    expect(await card().getAttribute('data-theme')).toBe('dark');
  });
});

describe('terms on this page', () => {
  it('lists the page\'s jargon by category in order of first appearance; choosing one opens it', async () => {
    await openArticle();
    const popup = await harness.openPopupFor(page);
    const rows = popup.locator('.term-row .zh');
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    expect(await rows.first().textContent()).toBe('新質生產力');
    expect(await popup.locator('.page-terms h3').first().textContent()).toMatch(/^Economy & finance \d+$/);
    await popup.screenshot({ path: path.join(ARTIFACT_DIR, 'popup-terms.png') });
    await popup.locator('.term-row[data-entry="small-yard-high-fence"]').click().catch(() => {}); // the popup may close itself
    await expect.poll(term).toBe('小院高牆');
    // Scrolled to it (smoothly, unless the reader asked for reduced motion): the popover is in view.
    await expect.poll(async () => (await card().boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await card().boundingBox())!.y).toBeLessThan(720);
  });
});
