/**
 * Acting as the extension from one of its own pages: settings, the shortcuts' steps, the badge.
 * Functions passed to evaluate() run in the extension page, where `chrome` is its own global.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

type Chrome = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export interface ExtensionPage {
  /** Merges `changes` into the stored settings; open tabs follow as they would for the popup. */
  setSettings(changes: Record<string, unknown>): Promise<void>;
  /** What the next/previous-term shortcut does in `page`'s tab (a test cannot press a browser shortcut). */
  stepTab(page: Page, direction: 1 | -1): Promise<void>;
  /** The browser's id for the tab showing `page`. */
  tabOf(page: Page): Promise<number>;
  /** The toolbar button's badge text for `page`'s tab. */
  badgeOf(page: Page): Promise<string>;
  close(): Promise<void>;
}

export async function openExtensionPage(harness: Harness): Promise<ExtensionPage> {
  const ext = await harness.browser.context.newPage();
  await ext.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
  const tabOf = (page: Page) =>
    ext.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === url)!.id!; // match patterns take no port
    }, page.url());
  return {
    async setSettings(changes) {
      await ext.evaluate(async (changes) => {
        const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
        const { settings } = await storage.local.get('settings');
        await storage.local.set({ settings: { ...(settings as object), ...changes } });
      }, changes);
    },
    async stepTab(page, direction) {
      const tabId = await tabOf(page);
      await ext.evaluate(
        ([tabId, direction]) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'tifa:step-tab', tabId, direction }),
        [tabId, direction] as const,
      );
    },
    tabOf,
    badgeOf: async (page) =>
      ext.evaluate((tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId }), await tabOf(page)),
    close: () => ext.close(),
  };
}
