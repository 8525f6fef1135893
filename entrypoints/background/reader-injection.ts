/**
 * Injects the reader into a frame whose bootstrap found it worth reading (Chinese text, Tifa on
 * for the site). Into that frame only, and into the extension's isolated world (the default of
 * `executeScript`), where the bootstrap waits for it: no file is web-accessible for it, so pages
 * cannot probe for it.
 */
import { browser } from 'wxt/browser';
import { isLoadReader } from '@/utils/messages';

export const READER_FILE = '/reader.js';

export function setupReaderInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isLoadReader(message) || tabId === undefined) return undefined;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [READER_FILE] }).then(() => true);
  });
}
