/**
 * Tifa as a reader meets it, in real Chromium with the built extension: terms marked on the test
 * articles, the popover on hover, the popup switching Tifa off and on for all sites and one site.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightCount, highlighted, hoverTerm, popover, useExtension, waitForAllHighlights, waitForHighlights } from './harness';
import { ARTIFACT_DIR } from './paths';

const harness = useExtension();

describe('on the Hong Kong test article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open('/article.html');
    await waitForHighlights(page);
  });
  afterAll(() => page.close());

  it('marks the jargon without changing the page DOM', async () => {
    await waitForAllHighlights(page); // the terms below are checked on the whole page
    const terms = await highlighted(page);
    for (const term of ['新質生產力', '高質量發展', '粵港澳大灣區', '新發展理念', '卡脖子', '小院高牆', '先立後破', '久久為功', '一刀切', '先手棋']) {
      expect(terms, term).toContain(term);
    }
    expect(terms.filter((t) => t === '新質生產力').length).toBeGreaterThan(20);
    expect(await page.locator('article mark, article [class*=tifa], article [data-tifa]').count()).toBe(0);
  });

  it('shows the popover for 新質生產力 on hover, and hides it when the pointer leaves', async () => {
    const { y } = await hoverTerm(page, '新質生產力', 1);
    const card = popover(page);
    await expect.poll(() => card.locator('.term').textContent()).toBe('新質生產力');
    expect(await card.locator('.en').textContent()).toBe('new quality productive forces');
    expect(await card.locator('.pinyin').textContent()).toBe('xīn zhì shēng chǎn lì');
    expect(await card.locator('.meaning').textContent()).toBeTruthy();

    // For looking at: the term, its popover on hover and some of the page around them, once its
    // 120 ms fade-in has ended (taken during it, the page shows through the card).
    await card.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    const box = (await card.boundingBox())!;
    const top = Math.max(0, Math.min(box.y, y) - 100);
    const bottom = Math.min(720, Math.max(box.y + box.height, y) + 40);
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'popover-hover.png'), clip: { x: 0, y: top, width: 1000, height: bottom - top } });

    await page.mouse.move(5, 700, { steps: 4 }); // beside the article: the popover may reach down to 700
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('keeps the popover open while the pointer moves onto it', async () => {
    await hoverTerm(page, '卡脖子');
    const card = popover(page);
    await expect.poll(() => card.locator('.term').textContent()).toBe('卡脖子');
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 6 });
    await page.waitForTimeout(600); // longer than the close grace period: it must still be open
    expect(await card.isVisible()).toBe(true);
  });
});

describe('on the mainland test article', () => {
  it('marks the jargon in Simplified and explains it', async () => {
    const page = await harness.open('/article-cn.html');
    await waitForHighlights(page);
    const terms = await highlighted(page);
    for (const term of ['高质量发展', '新质生产力', '稳中求进', '先立后破', '两重两新', '五篇大文章', '耐心资本', '民营经济促进法']) {
      expect(terms, term).toContain(term);
    }
    await hoverTerm(page, '高质量发展');
    expect(await popover(page).locator('.en').textContent()).toBe('high-quality development');
    await page.close();
  });
});

describe('page shapes', () => {
  it('matches a term split across inline elements, and leaves form fields alone', async () => {
    const page = await harness.open('/split.html');
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
    const page = await harness.open('/english.html');
    await page.waitForLoadState('load');
    const popup = await harness.openPopupFor(page);
    await expect.poll(() => popup.locator('.status').textContent()).toBe('No Chinese text on this page.');
    expect(await page.evaluate(() => CSS.highlights.has('tifa-term'))).toBe(false);
    expect(await page.locator('tifa-popover').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('popup', () => {
  it('turns Tifa off and on for all sites and for one site, and the page follows at once', async () => {
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    const popup = await harness.openPopupFor(page);
    const status = popup.locator('.status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ terms marked \(\d+ distinct\) on this page\.$/);
    await popup.screenshot({ path: path.join(ARTIFACT_DIR, 'popup.png') });

    const count = () => highlightCount(page);
    await popup.locator('input[name=enabled]').uncheck();
    await expect.poll(count).toBe(0);
    await expect.poll(() => status.textContent()).toBe('Tifa is off.');
    await popup.locator('input[name=enabled]').check();
    await expect.poll(count).toBeGreaterThan(0);

    await popup.locator('input[name=site]').uncheck();
    await expect.poll(count).toBe(0);
    await expect.poll(() => status.textContent()).toBe('Off on 127.0.0.1.');

    await page.reload(); // the per-site choice persists
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await count()).toBe(0);

    await popup.locator('input[name=site]').check();
    await expect.poll(count).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('keyboard commands', () => {
  it('are all assigned on a fresh profile, to keys New Tong Wen Tang does not take', async () => {
    const ext = await harness.browser.context.newPage();
    await ext.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    type Command = { name: string; shortcut: string };
    const commands = await ext.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }).chrome.commands.getAll(),
    );
    const shortcuts = Object.fromEntries(commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut]));
    // The keys the README documents; Chrome leaves a suggested key unset when it will not take it.
    expect(shortcuts).toEqual({ 'next-term': 'Alt+Shift+J', 'previous-term': 'Alt+Shift+K', 'toggle-page-script': 'Alt+Shift+Y' });
    const newTongWenTang = ['Alt+Shift+C', 'Alt+Shift+V', 'Alt+Shift+Z'];
    for (const shortcut of Object.values(shortcuts)) expect(newTongWenTang).not.toContain(shortcut);
    await ext.close();
  });
});
