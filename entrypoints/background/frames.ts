/**
 * Which frames of each tab hold terms, from their reports (utils/tab-frames.ts keeps the list):
 * the popup counts and lists their terms with the page's, the toolbar's badge counts them too, and
 * keyboard stepping goes through them.
 */
import { browser } from 'wxt/browser';
import { parseFrameTerms } from '@/utils/messages';
import { forgetTab, setFrameTerms } from '@/utils/tab-frames';
import { refreshTabBadge } from './toolbar';

export function setupFrames(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    const report = parseFrameTerms(message);
    const tabId = sender.tab?.id;
    if (report && tabId !== undefined && sender.frameId !== undefined && sender.frameId !== 0) {
      void setFrameTerms(tabId, sender.frameId, report.terms).then(() => refreshTabBadge(tabId));
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
