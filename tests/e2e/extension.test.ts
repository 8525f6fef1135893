/**
 * Tifa as a reader meets it, in real Chromium with the built extension: terms marked on the seed
 * article, the popover on hover, the popup switching Tifa off and on for all sites and one site.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { servePages, type PageServer } from './pages';
import { ARTIFACT_DIR, SCREENSHOT_DIR } from './paths';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launchWithExtension(inject('chromium'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  mkdirSync(ARTIFACT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of every range in Tifa's highlight, as the page sees it. */
const highlighted = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('tifa-term') ?? [])].map((range) => range.toString()));

const waitForHighlights = (page: Page) =>
  page.waitForFunction(() => (CSS.highlights.get('tifa-term')?.size ?? 0) > 0, undefined, { timeout: 15_000 });

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** Centre of the n-th highlighted occurrence of `term`, in viewport coordinates. */
async function termCentre(page: Page, term: string, nth = 0) {
  const box = await page.evaluate(
    ([term, nth]) => {
      const ranges = [...(CSS.highlights.get('tifa-term') ?? [])].filter((r) => r.toString() === term);
      const range = ranges[nth as number] as Range | undefined;
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [term, nth] as const,
  );
  if (!box) throw new Error(`${term} is not highlighted`);
  return box;
}

const popover = (page: Page) => page.locator('tifa-popover .popover');

/**
 * Opens the popup as the toolbar button would, for `page`: automation has no toolbar, so the
 * popup is loaded in a background tab while `page` is the active tab of the window.
 */
async function openPopupFor(page: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

describe('on the seed article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/seed.html');
    await waitForHighlights(page);
  });
  afterAll(() => page.close());

  it('marks the jargon without changing the page DOM', async () => {
    const terms = await highlighted(page);
    for (const term of ['新質生產力', '高質量發展', '粵港澳大灣區', '新發展理念', '卡脖子', '小院高牆', '先立後破', '久久為功', '一刀切', '先手棋']) {
      expect(terms, term).toContain(term);
    }
    expect(terms.filter((t) => t === '新質生產力').length).toBeGreaterThan(20);
    expect(await page.locator('article mark, article [class*=tifa], article [data-tifa]').count()).toBe(0);
  });

  it('shows the popover for 新質生產力 on hover, and hides it when the pointer leaves', async () => {
    await page.mouse.move(5, 5);
    const { x, y } = await termCentre(page, '新質生產力', 1);
    await page.mouse.move(x, y, { steps: 4 });
    const card = popover(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('.term').textContent()).toBe('新質生產力');
    expect(await card.locator('.en').textContent()).toBe('new quality productive forces');
    expect(await card.locator('.pinyin').textContent()).toBe('xīn zhì shēng chǎn lì');
    expect(await card.locator('.meaning').textContent()).toBeTruthy();

    // The README's screenshot: the term, its popover and some of the page around them.
    const box = (await card.boundingBox())!;
    const top = Math.max(0, Math.min(box.y, y) - 100);
    const bottom = Math.min(720, Math.max(box.y + box.height, y) + 40);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'popover.png'), clip: { x: 0, y: top, width: 1000, height: bottom - top } });

    await page.mouse.move(x, 700, { steps: 4 });
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('keeps the popover open while the pointer moves onto it', async () => {
    const { x, y } = await termCentre(page, '卡脖子');
    await page.mouse.move(x, y, { steps: 3 });
    const card = popover(page);
    await expect.poll(() => card.locator('.term').textContent()).toBe('卡脖子');
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 6 });
    await page.waitForTimeout(600); // longer than the close grace period: it must still be open
    expect(await card.isVisible()).toBe(true);
  });
});

describe('page shapes', () => {
  it('matches a term split across inline elements, and leaves form fields alone', async () => {
    const page = await open('/split.html');
    await waitForHighlights(page);
    const terms = await highlighted(page);
    expect(terms).toContain('新質生產力');
    expect(terms).toContain('新质生产力');
    expect(terms).toContain('高質量發展');
    expect(terms).toContain('一刀切');
    expect(terms).not.toContain('先立後破'); // a <br> ends the term
    expect(terms.filter((t) => t === '新質生產力')).toHaveLength(1); // not the textarea's
    await page.close();
  });

  it('does nothing on a page without Chinese text', async () => {
    const page = await open('/english.html');
    await page.waitForLoadState('load');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('.status').textContent()).toBe('No Chinese text on this page.');
    expect(await page.evaluate(() => CSS.highlights.has('tifa-term'))).toBe(false);
    expect(await page.locator('tifa-popover').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('popup', () => {
  it('turns Tifa off and on for all sites and for one site, and the page follows at once', async () => {
    const page = await open('/seed.html');
    await waitForHighlights(page);
    const popup = await openPopupFor(page);
    const status = popup.locator('.status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ terms marked \(\d+ distinct\) on this page\.$/);
    await popup.screenshot({ path: path.join(ARTIFACT_DIR, 'popup.png') });

    const highlightCount = () => page.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0);
    await popup.locator('input[name=enabled]').uncheck();
    await expect.poll(highlightCount).toBe(0);
    await expect.poll(() => status.textContent()).toBe('Tifa is off.');
    await popup.locator('input[name=enabled]').check();
    await expect.poll(highlightCount).toBeGreaterThan(0);

    await popup.locator('input[name=site]').uncheck();
    await expect.poll(highlightCount).toBe(0);
    await expect.poll(() => status.textContent()).toBe('Off on 127.0.0.1.');

    await page.reload(); // the per-site choice persists
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await highlightCount()).toBe(0);

    await popup.locator('input[name=site]').check();
    await expect.poll(highlightCount).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
