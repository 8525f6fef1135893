/**
 * The popup and the options page as a reader sees them: every popup control in view at 360×600
 * with 80 terms on the page, a neutral loading state until the page answers (never "cannot run",
 * never *Original* checked on a converted page), and no axe-core violations in either theme.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openExtensionPage } from './extension-page';
import { useExtension, waitForAllHighlights, waitForHighlights } from './harness';
import { ARTIFACT_DIR } from './paths';

const harness = useExtension();
const POPUP = { width: 360, height: 600 };

/** The boxes of the popup's controls that fall outside its 360×600 viewport, by name. */
const controlsOutside = (popup: Page) =>
  popup.evaluate(({ width, height }) => {
    const controls = document.querySelectorAll<HTMLElement>('.bar button, .controls input, .controls select, .body');
    return [...controls]
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.width === 0 || box.top < 0 || box.left < 0 || box.bottom > height || box.right > width;
      })
      .map((control) => control.getAttribute('name') ?? control.className);
  }, POPUP);

describe('the popup', () => {
  it('keeps the switches, the page script, the side panel’s button and the gear in view at 360×600 with 80 terms; the list scrolls on its own', async () => {
    const page = await harness.open('/eighty-terms.html');
    await waitForAllHighlights(page);
    const popup = await harness.openPopupFor(page);
    await popup.setViewportSize(POPUP);
    await expect.poll(() => popup.locator('.term-row').count()).toBe(80);
    await expect.poll(() => popup.locator('input[name="page-script"][value="original"]').isChecked()).toBe(true);
    expect(await controlsOutside(popup)).toEqual([]);
    const scroll = await popup.evaluate(() => {
      const list = document.querySelector('.body')!;
      return { page: document.scrollingElement!.scrollHeight, list: list.scrollHeight, view: list.clientHeight };
    });
    expect(scroll.page).toBeLessThanOrEqual(POPUP.height); // the popup itself never scrolls
    expect(scroll.list).toBeGreaterThan(scroll.view); // its list does
    await popup.screenshot({ path: path.join(ARTIFACT_DIR, 'popup-80-terms.png') });

    // The keyboard reaches the side panel's button and the gear, then the switches and the page
    // script, in reading order.
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.className ?? ''));
    }
    expect(order).toEqual(['icon-button side-panel', 'icon-button gear', 'enabled', 'site', 'page-script']);
    // The gear opens the settings in the same region, still under the switches.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.gear').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => popup.locator('.popup-settings select[name=language]').isVisible()).toBe(true);
    expect(await popup.locator('.term-row').count()).toBe(0);
    expect(await controlsOutside(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('shows a neutral loading state until a converted page answers, with every control disabled', async () => {
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    const first = await harness.openPopupFor(page);
    const hans = first.locator('input[name="page-script"][value="hans"]');
    await expect.poll(() => hans.isEnabled()).toBe(true);
    await hans.check();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toMatch(/^zh-Hans/);
    await first.close();

    // The page answers 1.5 s late; every state the popup shows meanwhile is recorded.
    const popup = await harness.browser.context.newPage();
    await popup.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const record = () => {
        const status = document.querySelector('.status')?.textContent;
        if (status === undefined) return;
        const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="page-script"]')];
        const state = `${status} | ${radios.map((r) => `${r.value}:${r.checked ? 'checked' : '-'}:${r.matches(':disabled') ? 'disabled' : 'enabled'}`).join(' ')}`;
        if (seen[seen.length - 1] !== state) seen.push(state);
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const tabs = (globalThis as unknown as { chrome: { tabs: { sendMessage(...args: unknown[]): Promise<unknown> } } }).chrome.tabs;
      const send = tabs.sendMessage.bind(tabs);
      tabs.sendMessage = (...args) => new Promise((wait) => setTimeout(wait, 1500)).then(() => send(...args));
    });
    await page.bringToFront();
    await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('input[name="page-script"][value="hans"]').isChecked(), { timeout: 10_000 }).toBe(true);
    const seen = await popup.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const loading = 'Asking the page… | original:-:disabled hans:-:disabled hant:-:disabled';
    expect(seen[0]).toBe(loading); // the first paint
    expect(seen.join('\n')).not.toContain('cannot run');
    expect(seen.filter((state) => state.includes('original:checked'))).toEqual([]);
    expect(seen[seen.length - 1]).toMatch(/terms marked .* hans:checked:enabled/);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('axe-core finds no violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in the popup and the options page, ${theme} theme`, async () => {
      const ext = await openExtensionPage(harness);
      await ext.setSettings({ theme });
      const page = await harness.open('/article.html');
      await waitForHighlights(page);
      const popup = await harness.openPopupFor(page);
      await popup.setViewportSize(POPUP);
      await expect.poll(() => popup.locator('.term-row').count()).toBeGreaterThan(20);
      expect(await popup.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.locator('.gear').click();
      expect(await axeViolations(popup)).toEqual([]);

      const options = await harness.browser.context.newPage();
      await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
      await expect.poll(() => options.locator('.bundled .entry-toggle').count()).toBeGreaterThan(10);
      await options.locator('.bundled .entry-toggle').first().click();
      expect(await axeViolations(options)).toEqual([]);
      // The navigation takes the reader to a section and marks it as where they are.
      const current = () => options.locator('nav.sections a[aria-current]').textContent();
      await options.evaluate(() => scrollTo(0, 0));
      await expect.poll(current).toBe('Settings');
      await options.locator('nav.sections a', { hasText: 'Export and import' }).click();
      await expect.poll(current).toBe('Export and import');
      expect(await options.locator('#import-export-title').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
      await options.screenshot({ path: path.join(ARTIFACT_DIR, `options-${theme}.png`), fullPage: true });
      await ext.setSettings({ theme: 'page' });
      await Promise.all([options.close(), popup.close(), page.close(), ext.close()]);
    });
  }
});
