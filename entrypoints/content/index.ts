/**
 * Content script wiring: follows the reader's settings, and while Tifa is on for this page reads
 * its text, marks the terms and explains them on hover. Each part lives in its own module; this
 * file only owns their lifecycle. Runs in every frame: a same-origin iframe gets its own
 * highlights and its own popover.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import matchData from '@@/glossary/.generated/match.json';
import { createTermIndex, type MatchData, type TermIndex } from '@/utils/glossary';
import { isPageStatusRequest, type PageStatus } from '@/utils/messages';
import { mark, timed } from '@/utils/perf';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import './highlight.css';
import { whenChinese } from './chinese-check';
import { createEntryStore } from './entry-store';
import { createHighlighter } from './highlights';
import { createHitStore, type HitStore } from './hit-store';
import { trackHover } from './hover';
import { scanPage } from './page-scanner';
import { createPopover, POPOVER_HOST, type Popover } from './popover';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    mark('start');
    const host = location.hostname;
    const highlighter = createHighlighter();
    const exclude = (element: Element) => element.localName === POPOVER_HOST;
    let index: TermIndex | null = null;
    let popover: Popover | null = null;
    let session: AbortController | null = null;
    let hits: HitStore | null = null;
    let chinese = false;

    const begin = (signal: AbortSignal) => {
      mark('reading');
      chinese = true;
      index ??= createTermIndex(matchData as MatchData);
      popover ??= createPopover(ctx, createEntryStore());
      const store = createHitStore(index, highlighter);
      hits = store;
      scanPage({ hits: store, signal, exclude, onFirstScan: () => mark('scanned') });
      trackHover(signal, ctx, store, popover, highlighter);
    };
    const start = () => {
      const { signal } = (session = new AbortController());
      void whenChinese(signal).then((found) => found && !signal.aborted && timed(() => begin(signal)));
    };
    const stop = () => {
      session?.abort();
      session = null;
      hits?.clear();
      hits = null;
      chinese = false;
    };
    const apply = (settings: Settings) => {
      const active = isActiveOn(settings, host);
      if (active && !session) start();
      else if (!active && session) stop();
    };

    const status = async (): Promise<PageStatus> => {
      apply(await loadSettings()); // answer for the settings as stored now, not as last seen
      const found = hits?.all() ?? [];
      return {
        host,
        active: session !== null,
        chinese,
        terms: found.length,
        distinct: new Set(found.map((hit) => hit.term.id)).size,
      };
    };
    const onMessage = (message: unknown) => (isPageStatusRequest(message) && window === top ? status() : undefined);

    void loadSettings().then((settings) => ctx.isValid && apply(settings));
    const unwatch = watchSettings(apply);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      stop();
    });
  },
});
