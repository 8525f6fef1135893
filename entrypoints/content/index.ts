/**
 * Content script wiring: follows the reader's settings, and while Tifa is on for this page reads
 * its text, marks the terms and explains them on hover. Each part lives in its own module; this
 * file only owns their lifecycle.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import matchData from '@@/glossary/.generated/match.json';
import { createTermIndex, type MatchData, type TermIndex } from '@/utils/glossary';
import { isPageStatusRequest, type PageStatus } from '@/utils/messages';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import './highlight.css';
import { createEntryStore } from './entry-store';
import { createHighlighter } from './highlights';
import { trackHover } from './hover';
import { collectBlocks, hasChineseText } from './page-text';
import { createPopover, POPOVER_HOST, type Popover } from './popover';
import { findHits, type HitIndex } from './term-hits';

const NO_HITS: HitIndex = { hits: [], hitAt: () => null };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    const highlighter = createHighlighter();
    let index: TermIndex | null = null;
    let popover: Popover | null = null;
    let session: AbortController | null = null;
    let hits = NO_HITS;
    let chinese = false;

    const start = () => {
      session = new AbortController();
      chinese = hasChineseText(document.body);
      if (!chinese) return; // nothing to do on this page; no index, no listeners
      index ??= createTermIndex(matchData as MatchData);
      popover ??= createPopover(ctx, index, createEntryStore());
      const blocks = collectBlocks(document.body, { exclude: (el) => el.localName === POPOVER_HOST });
      hits = findHits(blocks, index);
      highlighter.show(hits.hits.map((hit) => hit.range));
      trackHover(session.signal, ctx, () => hits, popover, highlighter);
    };
    const stop = () => {
      session?.abort();
      session = null;
      hits = NO_HITS;
      highlighter.clear();
    };
    const apply = (settings: Settings) => {
      const active = isActiveOn(settings, host);
      if (active && !session) start();
      else if (!active && session) stop();
    };

    const status = async (): Promise<PageStatus> => {
      apply(await loadSettings()); // answer for the settings as stored now, not as last seen
      return {
        host,
        active: session !== null,
        chinese,
        terms: hits.hits.length,
        distinct: new Set(hits.hits.map((hit) => hit.term.id)).size,
      };
    };
    const onMessage = (message: unknown) => (isPageStatusRequest(message) ? status() : undefined);

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
