/**
 * The keyboard shortcuts for stepping through a page's terms. Commands reach the extension, not
 * the page, so they are passed on to the active tab, whose content script decides (and ignores
 * them while the reader is typing there).
 */
import { browser } from 'wxt/browser';
import { STEP, type PageRequest } from '@/utils/messages';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-term': 1, 'previous-term': -1 };

export function setupTermSteps(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = DIRECTIONS[command];
    if (!direction || tab?.id === undefined) return;
    const request: PageRequest = { type: STEP, direction };
    // No content script on this tab (a browser page): nothing to step through.
    browser.tabs.sendMessage(tab.id, request).catch(() => {});
  });
}
