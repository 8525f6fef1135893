/**
 * The toolbar button follows its tab: greyed while Tifa is off for the page's site, with a badge
 * counting the distinct terms on the page. Each page's top frame reports its state (a browser
 * resets a tab's icon and badge when the tab navigates, and the new page reports again); tabs
 * without Tifa's content script (the browser's own pages) show the global switch. Where frames of
 * the page hold terms too, the badge counts the whole tab as the popup does (frames.ts asks again
 * when a frame reports).
 */
import { browser } from 'wxt/browser';
import { ACTION_SIZES, iconSet } from '@/utils/icons';
import { parseToolbarState } from '@/utils/messages';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { askTabStatus, hasFrameTerms } from '@/utils/tab-frames';

const BADGE_COLOUR = '#b43c0b'; // the icon's own colour

export function setupToolbar(): void {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  browser.runtime.onMessage.addListener((message, sender) => {
    const state = parseToolbarState(message);
    const tabId = sender.tab?.id;
    if (!state || tabId === undefined || sender.frameId !== 0) return undefined;
    void browser.action.setIcon({ tabId, path: iconSet(state.active ? 'on' : 'off', ACTION_SIZES) });
    // Most pages have no frame with terms: their own count is the badge, with nothing to ask.
    void hasFrameTerms(tabId).then((frames) => (frames ? refreshTabBadge(tabId) : browser.action.setBadgeText({ tabId, text: state.badge })));
    return undefined;
  });
  const follow = (settings: Settings) =>
    void browser.action.setIcon({ path: iconSet(settings.enabled ? 'on' : 'off', ACTION_SIZES) });
  void loadSettings().then(follow);
  watchSettings(follow);
}

/** The badge from the distinct terms of the page and its frames together (a term in two frames counts once). */
export async function refreshTabBadge(tabId: number): Promise<void> {
  const [status, settings] = await Promise.all([askTabStatus(tabId), loadSettings()]);
  const text = status?.active && settings.badge && status.distinct > 0 ? String(status.distinct) : '';
  await browser.action.setBadgeText({ tabId, text }).catch(() => {}); // the tab may be gone
}
