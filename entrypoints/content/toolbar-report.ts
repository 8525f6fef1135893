/**
 * Tells the background what the toolbar button shows for this tab: greyed or not, and the badge.
 * Only the page itself reports (frames stay quiet, as for the popup), and only a change.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TOOLBAR, type ToolbarState } from '@/utils/messages';

/** Distinct terms on the page; null while Tifa is off for it. */
export type ToolbarReport = (distinct: number | null, badge: boolean) => void;

export function createToolbarReport(ctx: ContentScriptContext): ToolbarReport {
  // What a tab shows after it navigates (the browser resets the tab's own icon and badge then):
  // Tifa on, no badge. Most pages never change that, and send nothing.
  let last = JSON.stringify({ type: TOOLBAR, active: true, badge: '' } satisfies ToolbarState);
  return (distinct, badge) => {
    // An invalidated script (the extension reloaded under the page) has no runtime to send with.
    if (window !== top || !ctx.isValid) return;
    const state: ToolbarState = { type: TOOLBAR, active: distinct !== null, badge: badge && distinct ? String(distinct) : '' };
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    void browser.runtime.sendMessage(state).catch(() => {});
  };
}
