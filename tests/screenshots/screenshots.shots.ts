/**
 * npm run screenshots: the README's pictures (docs/screenshots/) and the store listings' 1280×800
 * ones (docs/store/screenshots/), from real Chromium with the built extension on the test articles.
 * Not part of npm test, which never writes tracked files; run it after a change people can see.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../e2e/extension-page';
import { CANDIDATE_PATH, candidateCentre, candidateTexts, routeCandidatePage } from '../e2e/candidate-pages';
import { popover, termCentre, useExtension, waitForHighlights, type Harness } from '../e2e/harness';
import { openSidePanelWindow } from '../e2e/sidepanel-window';
import { README_DIR, STORE_DIR, STORE_SIZE, popupImage, shootPopover, shootWithPopup } from './shoot';

/** Opens a test article, marked, with its popover for `term` pinned; returns where the term is. */
async function pinned(harness: Harness, url: string, term: string, more: boolean) {
  const page = await harness.open(url);
  await waitForHighlights(page);
  const { x, y } = await termCentre(page, term, 1);
  await page.mouse.click(x, y);
  await expect.poll(() => popover(page).locator('.term').textContent()).toBe(term);
  if (more) await popover(page).locator('.more').click();
  return { page, y };
}

describe('English UI', () => {
  const harness = useExtension();

  it('README: light and dark popovers (the dark one with its longer explanation open), the popup', async () => {
    const ext = await openExtensionPage(harness);
    for (const theme of ['light', 'dark'] as const) {
      await ext.setSettings({ theme });
      const { page, y } = await pinned(harness, '/article.html', '新質生產力', theme === 'dark');
      await shootPopover(page, `popover-${theme}.png`, y);
      await page.close();
    }
    await ext.setSettings({ theme: 'page' });
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    const popup = await harness.openPopupFor(page);
    await expect.poll(() => popup.locator('.term-row').count()).toBeGreaterThan(20);
    await popup.screenshot({ path: path.join(README_DIR, 'popup.png'), clip: { x: 0, y: 0, width: 360, height: 580 } });
    await Promise.all([popup.close(), page.close(), ext.close()]);
  });

  it('README: a candidate formulation and its popover; the reading companion (its page, in a window of its own)', async () => {
    await routeCandidatePage(harness.browser.context);
    const page = await harness.open(CANDIDATE_PATH);
    await waitForHighlights(page);
    await expect.poll(() => candidateTexts(page)).toHaveLength(4);
    const { x, y } = await candidateCentre(page, 0);
    await page.mouse.click(x, y);
    await expect.poll(() => popover(page).locator('.candidate').isVisible()).toBe(true);
    await shootPopover(page, 'candidate.png', y);
    await page.close();

    const article = await harness.open('/article.html');
    await waitForHighlights(article);
    const panel = await openSidePanelWindow(harness);
    await panel.setViewportSize({ width: 400, height: 700 });
    await article.bringToFront();
    await expect.poll(() => panel.locator('.terms .card').count()).toBeGreaterThan(10);
    await panel.screenshot({ path: path.join(README_DIR, 'sidepanel.png'), animations: 'disabled' });
    await Promise.all([panel.close(), article.close()]);
  });

  it('store: the popover, the terms on a page, a Simplified page with the dark popover', async () => {
    const ext = await openExtensionPage(harness);
    await ext.setSettings({ theme: 'light' });
    const first = await pinned(harness, '/article.html', '新質生產力', false);
    await first.page.setViewportSize(STORE_SIZE);
    await first.page.screenshot({ path: path.join(STORE_DIR, '1-popover.png'), animations: 'disabled' });
    await first.page.keyboard.press('Escape');
    const popup = await harness.openPopupFor(first.page);
    await expect.poll(() => popup.locator('.term-row').count()).toBeGreaterThan(20);
    const panel = await popupImage(popup);
    await popup.close();
    await shootWithPopup(first.page, panel, '2-terms-on-this-page.png');
    await first.page.close();

    await ext.setSettings({ theme: 'dark', language: 'hans' });
    const second = await pinned(harness, '/article-cn.html', '高质量发展', false);
    await second.page.setViewportSize(STORE_SIZE);
    await second.page.screenshot({ path: path.join(STORE_DIR, '3-simplified-dark.png'), animations: 'disabled' });
    await second.page.close();
    await ext.close();
  });
});

for (const [locale, language, store] of [['zh-CN', 'hans', null], ['zh-TW', 'hant', '4-traditional-ui.png']] as const) {
  describe(`UI in ${locale}`, () => {
    const harness = useExtension({ locale });

    it('README: the popover in that language; store: the popover with the page', async () => {
      const ext = await openExtensionPage(harness);
      await ext.setSettings({ language });
      const { page, y } = await pinned(harness, '/article.html', '新質生產力', true);
      await shootPopover(page, `popover-${locale}.png`, y);
      await page.close();
      if (store) {
        // The card without its longer explanation: the whole of it fits the picture.
        const short = await pinned(harness, '/article.html', '新質生產力', false);
        await short.page.setViewportSize(STORE_SIZE);
        await short.page.screenshot({ path: path.join(STORE_DIR, store), animations: 'disabled' });
        await short.page.close();
      }
      await ext.close();
    });
  });
}
