/**
 * Acting as the extension from one of its own pages: settings, and messages to the active tab.
 * Functions passed to evaluate() run in the extension page, where `chrome` is its own global.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

type Chrome = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
};

export interface ExtensionPage {
  /** Merges `changes` into the stored settings; open tabs follow as they would for the popup. */
  setSettings(changes: Record<string, unknown>): Promise<void>;
  /** Sends a message to the content script of `page` (made the active tab first). */
  sendTo(page: Page, message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function openExtensionPage(harness: Harness): Promise<ExtensionPage> {
  const ext = await harness.browser.context.newPage();
  await ext.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
  return {
    async setSettings(changes) {
      await ext.evaluate(async (changes) => {
        const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
        const { settings } = await storage.local.get('settings');
        await storage.local.set({ settings: { ...(settings as object), ...changes } });
      }, changes);
    },
    async sendTo(page, message) {
      await page.bringToFront();
      return ext.evaluate(async (message) => {
        const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = await tabs.query({ active: true, currentWindow: true });
        return tabs.sendMessage(tab!.id!, message);
      }, message);
    },
    close: () => ext.close(),
  };
}
