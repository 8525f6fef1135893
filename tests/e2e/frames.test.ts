/**
 * Terms in frames, in real Chromium with the built extension: a srcdoc frame is read like any
 * other; the popup and the toolbar badge count the terms of same-origin frames with the page's
 * (the popup lists them); keyboard
 * stepping goes through the page's terms, then each frame's (top frame first, then frames).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlighted, popover, useExtension, waitForHighlights } from './harness';
import { openExtensionPage, type ExtensionPage } from './extension-page';

const harness = useExtension();
let page: Page;
let ext: ExtensionPage;
let inner: Frame;
let srcdoc: Frame;

beforeAll(async () => {
  page = await harness.open('/frames-count.html');
  ext = await openExtensionPage(harness);
  await waitForHighlights(page);
  inner = page.frame({ url: /frames-count-inner/ })!;
  srcdoc = page.frames().find((frame) => frame.url() === 'about:srcdoc')!;
  await waitForHighlights(inner, 4);
});
afterAll(async () => {
  await ext.close();
  await page.close();
});

describe('frames', () => {
  it('marks the text of a srcdoc frame', async () => {
    expect(srcdoc).toBeDefined();
    await waitForHighlights(srcdoc);
    expect(await highlighted(srcdoc)).toEqual(['小院高牆']);
  });

  it('counts and lists the terms of the frames in the popup', async () => {
    await waitForHighlights(srcdoc);
    const popup = await harness.openPopupFor(page);
    const listed = () => popup.locator('.page-terms .term-row .zh').allTextContents();
    await expect.poll(async () => (await listed()).sort()).toEqual(['一刀切', '先立後破', '卡脖子', '小院高牆', '新質生產力'].sort());
    expect(await popup.locator('.page-terms .term-row[data-entry] .count').allTextContents()).toContain('×2');
    // Choosing a term that is in a frame opens its popover there.
    await popup.locator('.page-terms .term-row', { hasText: '先立後破' }).click();
    await expect.poll(() => popover(inner).locator('.term').textContent()).toBe('先立後破');
    await popover(inner).locator('.close').click(); // the popup closed itself: back to the page
  });

  it('counts the frames’ terms in the toolbar badge, as the popup does', async () => {
    // The page's one term and its frames' four (新質生產力, said twice in a frame, counts once); the
    // page alone would show 1.
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).toBe('5');
  });

  it('steps through the page’s terms, then each frame’s, and back', async () => {
    await page.bringToFront();
    const step = (direction: 1 | -1) => ext.stepTab(page, direction);
    const shown = async () => {
      for (const target of [page.mainFrame(), inner, srcdoc]) {
        if (await popover(target).isVisible()) return popover(target).locator('.term').textContent();
      }
      return null;
    };
    const seen: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await step(1);
      // Between frames the popover left behind closes before the next one opens: wait for the next.
      const previous = seen.at(-1) ?? null;
      await expect.poll(async () => { const now = await shown(); return now !== null && now !== previous; }).toBe(true);
      seen.push(await shown());
    }
    // Top frame first, then the frames in the order of the page; around to the start again.
    expect(seen).toEqual(['卡脖子', '新質生產力', '先立後破', '一刀切', '新質生產力', '小院高牆']);
    await step(1);
    await expect.poll(shown).toBe('卡脖子');
    await step(-1);
    await expect.poll(shown).toBe('小院高牆');
    // One popover at a time: the one left behind is closed.
    expect(await popover(page.mainFrame()).isVisible()).toBe(false);
  });
});
