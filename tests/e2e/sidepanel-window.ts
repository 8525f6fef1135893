/**
 * Test drivers cannot open Chrome's real side panel headless: the panel's page is opened instead in
 * a browser window of its own, as an extension page, beside the window the reader's tabs are in.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export async function openSidePanelWindow(harness: Harness): Promise<Page> {
  const opener = await harness.browser.context.newPage();
  await opener.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
  const opened = harness.browser.context.waitForEvent('page');
  await opener.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> }; runtime: { getURL(p: string): string } } };
    return chrome.windows.create({ url: chrome.runtime.getURL('/sidepanel.html'), width: 420, height: 720 });
  });
  const panel = await opened;
  await panel.waitForLoadState();
  await opener.close();
  return panel;
}
