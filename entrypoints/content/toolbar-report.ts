/**
 * Tells the background what the toolbar button shows for this tab: greyed or not, and the badge.
 * The page itself reports that; a frame reports only how many terms it holds, so the background
 * knows which frames the popup and keyboard stepping must ask (entrypoints/background/frames.ts).
 * Only a change is sent.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FRAME_TERMS, TOOLBAR, type FrameTerms, type ToolbarState } from '@/utils/messages';

/** Distinct terms on the page; null while Tifa is off for it. */
export type ToolbarReport = (distinct: number | null, badge: boolean) => void;

export function createToolbarReport(ctx: ContentScriptContext): ToolbarReport {
  // What a tab shows after it navigates (the browser resets the tab's own icon and badge then):
  // Tifa on, no badge. Most pages never change that, and send nothing. A frame without terms says
  // nothing either until it has had some (most frames are ads and widgets).
  let last = JSON.stringify(window === top ? ({ type: TOOLBAR, active: true, badge: '' } satisfies ToolbarState) : ({ type: FRAME_TERMS, terms: 0 } satisfies FrameTerms));
  return (distinct, badge) => {
    // An invalidated script (the extension reloaded under the page) has no runtime to send with.
    if (!ctx.isValid) return;
    const state: ToolbarState | FrameTerms =
      window === top ? { type: TOOLBAR, active: distinct !== null, badge: badge && distinct ? String(distinct) : '' } : { type: FRAME_TERMS, terms: distinct ?? 0 };
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    void browser.runtime.sendMessage(state).catch(() => {});
  };
}
