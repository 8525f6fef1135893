/**
 * The toolbar button in real Chromium: a badge with the number of distinct terms on the page (read
 * back with chrome.action.getBadgeText from an extension page), gone when the reader turns it off,
 * and the greyed icon while Tifa is off for the site. Browsers have no getter for an action's icon,
 * so the background's setIcon calls are recorded in its service worker.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import { useExtension, waitForHighlights } from './harness';
import { iconProblems } from './manifest-icons';
import { EXTENSION_DIR } from './paths';

const harness = useExtension();
let ext: ExtensionPage;

beforeAll(async () => {
  ext = await openExtensionPage(harness);
});
afterAll(() => ext.close());

/** The distinct terms the popup counts for `page`. */
async function distinctTerms(page: Parameters<ExtensionPage['badgeOf']>[0]) {
  const popup = await harness.openPopupFor(page);
  const status = popup.locator('.status');
  await expect.poll(() => status.textContent()).toMatch(/\(\d+ distinct\)/);
  const distinct = (await status.textContent())!.match(/\((\d+) distinct\)/)![1]!;
  await popup.close();
  return distinct;
}

it('declares the icons and the toolbar icons, and ships them', () => {
  expect(iconProblems(EXTENSION_DIR)).toEqual([]);
});

it('shows the number of distinct terms on the page, and none when the reader turns the badge off', async () => {
  const page = await harness.open('/article.html');
  await waitForHighlights(page);
  const distinct = await distinctTerms(page);
  expect(Number(distinct)).toBeGreaterThan(20);
  await expect.poll(() => ext.badgeOf(page)).toBe(distinct);
  await ext.setSettings({ badge: false });
  await expect.poll(() => ext.badgeOf(page)).toBe('');
  await ext.setSettings({ badge: true });
  await expect.poll(() => ext.badgeOf(page)).toBe(distinct);
  // A page without Chinese has no badge.
  const english = await harness.open('/english.html');
  await english.waitForLoadState('load');
  await english.waitForTimeout(500);
  expect(await ext.badgeOf(english)).toBe('');
  await Promise.all([english.close(), page.close()]);
});

it('greys the icon and drops the badge while Tifa is off for the site, and gives them back', async () => {
  const { context } = harness.browser;
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    type Details = { tabId?: number; path: Record<string, string> };
    const g = globalThis as unknown as { chrome: { action: { setIcon(d: Details, ...rest: unknown[]): unknown } }; icons: Details[] };
    const setIcon = g.chrome.action.setIcon.bind(g.chrome.action);
    g.icons = [];
    g.chrome.action.setIcon = (details, ...rest) => (g.icons.push(details), setIcon(details, ...rest));
  });
  const page = await harness.open('/article.html');
  await waitForHighlights(page);
  const tabId = await ext.tabOf(page);
  const icon = () =>
    worker.evaluate((tabId) => (globalThis as unknown as { icons: { tabId?: number; path: Record<string, string> }[] }).icons.filter((d) => d.tabId === tabId).at(-1)?.path, tabId);
  await expect.poll(icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });

  const popup = await harness.openPopupFor(page);
  await popup.locator('input[name=site]').uncheck();
  await expect.poll(icon).toEqual({ 16: 'icon/off-16.png', 32: 'icon/off-32.png' });
  await expect.poll(() => ext.badgeOf(page)).toBe('');
  await popup.locator('input[name=site]').check();
  await expect.poll(icon).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
  await expect.poll(() => ext.badgeOf(page)).toMatch(/^\d+$/);
  await Promise.all([popup.close(), page.close()]);
});
