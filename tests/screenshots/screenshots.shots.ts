/**
 * npm run screenshots: the README's pictures (docs/screenshots/) and the store listings' 1280×800
 * ones (docs/store/screenshots/), from real Chromium with the built extension on the test articles.
 * Not part of npm test, which never writes tracked files; run it after a change people can see.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from '../e2e/extension-page';
import { CANDIDATE_PATH, candidateCentre, candidateTexts, routeCandidatePage } from '../e2e/candidate-pages';
import { popover, termCentre, useExtension, waitForHighlights, type Harness } from '../e2e/harness';
import { openSidePanelWindow } from '../e2e/sidepanel-window';
import { README_DIR, STORE_DIR, STORE_SIZE, popupImage, shootPopover, shootWithPopup } from './shoot';

/** Opens a test article, marked, with its popover for `term` pinned; returns where the term is. */
async function pinned(harness: Harness, url: string, term: string, more: boolean, viewport?: { width: number; height: number }) {
  const page = await harness.open(url);
  if (viewport) await page.setViewportSize(viewport);
  await waitForHighlights(page);
  const { x, y } = await termCentre(page, term, 1);
  await page.mouse.click(x, y);
  await expect.poll(() => popover(page).locator('.term').textContent()).toBe(term);
  if (more) await popover(page).locator('.more').click();
  return { page, y };
}

/**
 * The popup for the test article: its terms listed, its settings open, or scrolled down to the
 * page's glossary to take away.
 */
async function popupFor(harness: Harness, page: Page, view: 'terms' | 'settings' | 'take-away' = 'terms'): Promise<Buffer> {
  const popup = await harness.openPopupFor(page);
  await expect.poll(() => popup.locator('.term-row').count()).toBeGreaterThan(20);
  if (view === 'settings') await popup.locator('.gear').click();
  if (view === 'take-away') await popup.locator('.page-glossary').scrollIntoViewIfNeeded();
  const image = await popupImage(popup);
  await popup.close();
  return image;
}

/** Two own terms, added through the options page's form as a reader would. */
async function addOwnTerms(harness: Harness) {
  const options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
  const terms = [
    { term: '低空经济', en: 'low-altitude economy', meaning: 'Drones, air taxis and the services around them, promoted as a growth industry since 2024.' },
    { term: '新三样', en: 'the new three', meaning: 'Electric vehicles, lithium batteries and solar products: the exports that replaced clothes, furniture and appliances.' },
  ];
  for (const { term, en, meaning } of terms) {
    await options.locator('.my-glossary .toolbar button').click();
    const form = options.locator('.my-glossary form.own-term-form');
    await form.locator('input[name=term]').fill(term);
    await form.locator('input[name=en]').fill(en);
    await form.locator('textarea[name=meaning]').fill(meaning);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => options.locator('.my-glossary td.term', { hasText: term }).count()).toBe(1);
  }
  await options.close();
}

/** The options page at `size`; scrolled to `scrollTo`, with the bundled glossary searched and an entry open. */
async function shootOptions(harness: Harness, file: string, size: { width: number; height: number }, scrollTo?: string) {
  const options = await harness.browser.context.newPage();
  await options.setViewportSize(size);
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
  await expect.poll(() => options.locator('.bundled .entry-toggle').count()).toBeGreaterThan(10);
  if (scrollTo) {
    await options.locator('input[name=bundled-search]').fill('xin zhi');
    await options.locator('.bundled .entry-toggle').first().click();
    await options.locator(scrollTo).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  }
  await options.screenshot({ path: path.join(README_DIR, file), animations: 'disabled' });
  await options.close();
}

describe('English UI', () => {
  const harness = useExtension();

  it('README: light and dark popovers, the popover with More open, light and dark popups, the settings behind the gear, the glossary to take away', async () => {
    const ext = await openExtensionPage(harness);
    for (const theme of ['light', 'dark'] as const) {
      await ext.setSettings({ theme });
      const { page, y } = await pinned(harness, '/article.html', '新質生產力', theme === 'dark');
      await shootPopover(page, `popover-${theme}.png`, y);
      writeFileSync(path.join(README_DIR, theme === 'light' ? 'popup.png' : 'popup-dark.png'), await popupFor(harness, page));
      if (theme === 'light') {
        writeFileSync(path.join(README_DIR, 'popup-settings.png'), await popupFor(harness, page, 'settings'));
        writeFileSync(path.join(README_DIR, 'popup-take-away.png'), await popupFor(harness, page, 'take-away'));
      }
      await page.close();
    }
    await ext.setSettings({ theme: 'light' });
    const more = await pinned(harness, '/article.html', '粵港澳大灣區', true, { width: 1000, height: 1100 });
    await shootPopover(more.page, 'popover-more.png', more.y);
    await more.page.close();
    await ext.setSettings({ theme: 'page' });
    await ext.close();
  });

  it('README: the options page, light and dark, my glossary, the bundled glossary, and a narrow window', async () => {
    const ext = await openExtensionPage(harness);
    await ext.setSettings({ theme: 'light' });
    await shootOptions(harness, 'options.png', { width: 1200, height: 1500 });
    await addOwnTerms(harness);
    await shootOptions(harness, 'options-glossary.png', { width: 1200, height: 620 }, '#my-glossary-title');
    await shootOptions(harness, 'options-bundled.png', { width: 1200, height: 820 }, '#bundled');
    await shootOptions(harness, 'options-narrow.png', { width: 420, height: 820 });
    await ext.setSettings({ theme: 'dark' });
    await shootOptions(harness, 'options-dark.png', { width: 1200, height: 820 });
    await ext.setSettings({ theme: 'page' });
    await ext.close();
  });

  it('README: the reading window at 400 px, the popover inside it', async () => {
    const page = await harness.open('/article.html');
    await page.setViewportSize({ width: 400, height: 760 });
    await waitForHighlights(page);
    const { x, y } = await termCentre(page, '粵港澳大灣區', 0);
    await page.mouse.click(x, y);
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(README_DIR, 'reading-narrow.png'), animations: 'disabled' });
    await page.close();
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
    const panel = await popupFor(harness, first.page);
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

    it('README: the popover, the popup and the options page in that language; store: the popover with the page', async () => {
      const ext = await openExtensionPage(harness);
      await ext.setSettings({ language });
      const { page, y } = await pinned(harness, '/article.html', '新質生產力', true);
      await shootPopover(page, `popover-${locale}.png`, y);
      writeFileSync(path.join(README_DIR, `popup-${locale}.png`), await popupFor(harness, page));
      await page.close();
      await shootOptions(harness, `options-${locale}.png`, { width: 1200, height: 820 });
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
