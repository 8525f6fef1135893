/**
 * The options page in a tab of its own, for the personal-glossary tests: opened once the extension
 * has loaded (its service worker shows that), and reset before each test to an empty glossary.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { Harness } from './harness';

declare const chrome: typeof Browser;

export const optionsUrl = (harness: Harness, hash = '') => `chrome-extension://${harness.browser.extensionId}/options.html${hash}`;

export async function openOptionsTab(harness: Harness): Promise<Page> {
  const { context } = harness.browser;
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context.newPage();
}

/** The options page again, with nothing stored, locally or in sync. */
export async function freshOptions(harness: Harness, page: Page): Promise<void> {
  await page.goto(optionsUrl(harness));
  await page.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
  await page.reload();
}
