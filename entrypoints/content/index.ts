/**
 * The bootstrap: the one content script, run in every http(s) frame. It follows the reader's
 * settings, decides whether the frame is worth reading (Tifa on for the site, Chinese text) and
 * only then has the background inject the reader (`entrypoints/reader/`), which brings the match
 * data, the matcher and the popover. Every other page pays for this file and a quick check. It
 * also answers the popup and the keyboard commands and reports the toolbar button's state.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_STATUS, parsePageRequest, REVEAL, STEP_STATE, STEP_TO, type PageRequest, type PageStatus, type StepState } from '@/utils/messages';
import { mark } from '@/utils/perf';
import { loadReader, type Reader } from '@/utils/reader-handoff';
import { afterNextFrame } from '@/utils/after-frame';
import { CONVERSION_ENDS, CONVERSION_STARTS, worldEvents } from '@/utils/world-events';
import './highlight.css';
// The candidates' marks: page-level for the same reason (used by the reader's candidates.ts).
import './candidates.css';
import { whenChinese } from './chinese-check';
import { loadRawSettings, watchRawSettings } from '@/utils/raw-settings';
import { isOn, readSwitch, type Switch } from './switch';
import { createToolbarReport } from './toolbar-report';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // Frames without a URL of their own (srcdoc, about:blank filled by the page's script) hold the
  // page's text too: match_about_blank runs the script there when their parent matches (Chrome
  // and Firefox alike); they take the page's origin, and so its site.
  matchAboutBlank: true,
  // WXT's context also announces each start with window.postMessage to the page: every page's own
  // message listeners would get a message naming the extension's id (a fingerprint, and a crash
  // for listeners that expect only their own messages). Its document event is enough to stop an
  // older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    mark('start');
    const host = location.hostname || (origin.startsWith('http') ? new URL(origin).hostname : '');
    /** The settings as stored (the reader validates them), and the part the bootstrap reads. */
    let stored: unknown = undefined;
    let on: Switch = readSwitch(stored);
    /** The page converter is rewriting the page: terms are read again once it is done. */
    let converting = 0;
    let reader: Reader | null = null;
    let loading = false;
    /** The watch for Chinese text, while the page has shown none. */
    let watch: AbortController | null = null;

    const report = createToolbarReport(ctx);
    /** The toolbar button: greyed while off for this site, the distinct terms once read. */
    const reportToolbar = () => {
      if (converting > 0) return; // the page is being rewritten: its terms are read again after
      report(isOn(on, host) ? (reader?.distinct() ?? 0) : null, on.badge);
    };

    const load = async () => {
      if (loading) return;
      loading = true;
      try {
        const create = await loadReader();
        if (!ctx.isValid) return;
        reader = create(ctx, { onSettled: reportToolbar });
        apply(stored);
      } catch (error) {
        loading = false; // tried again on the next check
        console.error(error);
      }
    };
    const watchForChinese = () => {
      if (watch || loading) return;
      const current = (watch = new AbortController());
      void whenChinese(current.signal).then((found) => {
        if (watch === current) watch = null;
        if (found && !current.signal.aborted) void load();
      });
    };

    const apply = (next: unknown) => {
      stored = next;
      on = readSwitch(next);
      const active = isOn(on, host) && converting === 0;
      if (reader) reader.apply(next, active);
      else if (active) watchForChinese();
      else {
        watch?.abort();
        watch = null;
      }
      reportToolbar();
    };

    const status = async (): Promise<PageStatus> => {
      apply(await loadRawSettings()); // answer for the settings as stored now, not as last seen
      const terms = reader?.terms() ?? { chinese: false, terms: 0, distinct: 0, found: [] };
      return { host, active: isOn(on, host), converting: converting > 0, ...terms };
    };
    // A request to the whole tab is the top frame's to answer; a frame answers what is sent to it
    // alone (the popup and the background gather the frames' terms that way: utils/tab-frames.ts).
    const handle = (request: PageRequest): Promise<PageStatus | StepState> | undefined => {
      if (window !== top && !request.frame) return undefined;
      if (request.type === PAGE_STATUS) return status();
      if (request.type === STEP_STATE) return Promise.resolve(reader?.stepState() ?? { count: 0, at: -1, typing: false });
      if (request.type === STEP_TO) reader?.stepTo(request.index);
      if (request.type === REVEAL) reader?.reveal(request.id);
      return undefined;
    };
    // Answered with sendResponse and `true`, the way both browsers take an asynchronous reply:
    // this file runs without webextension-polyfill (wxt.config.ts), and Chrome's own API has not
    // always taken a promise returned by the listener as the reply.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const request = parsePageRequest(message);
      const reply = request ? handle(request) : undefined;
      if (!reply) return false;
      void reply.then(sendResponse, (error: unknown) => {
        console.error(error);
        sendResponse(undefined); // the asker gets no status, as from a frame that did not answer
      });
      return true;
    };

    void loadRawSettings().then((loaded) => ctx.isValid && apply(loaded));
    const unwatch = watchRawSettings(apply);
    // A single-page app that navigated in place, or a tab shown again, may have Chinese text now:
    // a page not yet read is checked again (a quick look and a short watch, as at load).
    ctx.addEventListener(window, 'wxt:locationchange', () => apply(stored));
    ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && apply(stored));
    const events = worldEvents();
    const onConversion = (event: Event) => {
      const ends = event.type === CONVERSION_ENDS;
      converting = Math.max(0, converting + (ends ? -1 : 1));
      // The reader lets go at once, before the converter writes; it reads the page again once the
      // converted text is on screen: read in the same task, its first slice held back the frame
      // that shows the conversion (by 7-14 ms on the test article).
      if (ends) afterNextFrame(() => apply(stored), ctx.signal);
      else apply(stored);
    };
    events.addEventListener(CONVERSION_STARTS, onConversion);
    events.addEventListener(CONVERSION_ENDS, onConversion);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      events.removeEventListener(CONVERSION_STARTS, onConversion);
      events.removeEventListener(CONVERSION_ENDS, onConversion);
      watch?.abort();
      // After the extension is reloaded or updated its APIs are gone, and removing a listener
      // throws "Extension context invalidated" (which used to skip the lines above); the listeners
      // died with the old extension anyway. They are removed only while the APIs are alive: when a
      // newer copy of this script started in the same page.
      if (browser.runtime?.id === undefined) return;
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
