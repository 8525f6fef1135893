/**
 * Content script wiring: follows the reader's settings, and while Tifa is on for this page reads
 * its text, marks the terms and explains them. Each part lives in its own module; this file only
 * owns their lifecycle and answers the popup and keyboard commands. Runs in every frame: a
 * same-origin iframe gets its own highlights and its own popover.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFoldTable, type FoldTable } from '@/utils/engine/fold';
import { createTermIndex, type MatchData, type TermIndex } from '@/utils/engine/glossary';
import { readMatchData, readOnce } from '@/utils/glossary-files';
import { PAGE_STATUS, parsePageRequest, REVEAL, STEP, type PageRequest, type PageStatus } from '@/utils/messages';
import { mark, timed } from '@/utils/perf';
import {
  bundledSuppressed,
  EMPTY_PERSONAL,
  isSuppressed,
  loadPersonal,
  ownTermsAsMatchTerms,
  watchPersonal,
  type PersonalGlossary,
} from '@/utils/personal';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { CONVERSION_ENDS, CONVERSION_STARTS, worldEvents } from '@/utils/world-events';
import './highlight.css';
import { markCandidates } from './candidates';
import { whenChinese } from './chinese-check';
import { createEntryStore } from './entry-store';
import { createHighlighter } from './highlights';
import { createHitStore, type HitStore, type TermHit } from './hit-store';
import { isTyping, trackInteraction } from './interaction';
import { scanPage } from './page-scanner';
import { createPopover, POPOVER_HOST, type Popover } from './popover';
import { createToolbarReport } from './toolbar-report';

/** Settings that change what is marked: the page is read again when one changes. */
const RESCAN_ON = ['highlight', 'density', 'hiddenCategories', 'candidates'] as const;

interface Session {
  abort: AbortController;
  hits: HitStore | null;
  open?: (hit: TermHit, options: { pinned?: boolean; announce?: boolean }) => void;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    mark('start');
    const host = location.hostname;
    const exclude = (element: Element) => element.localName === POPOVER_HOST;
    let settings: Settings = DEFAULT_SETTINGS;
    let personal: PersonalGlossary = EMPTY_PERSONAL;
    let personalRead: Promise<void> | null = null;
    let personalWatched = false;
    // Read from the extension's files when a page is worth reading: on every other page the match
    // data costs nothing, and the script injected into every frame stays small however large the
    // glossary grows.
    const matchData = readOnce(readMatchData);
    let fold: FoldTable | null = null;
    let index: TermIndex | null = null;
    let popover: Popover | null = null;
    let session: Session | null = null;

    const begin = (current: Session, data: MatchData) => {
      mark('reading');
      index ??= buildIndex(data);
      popover ??= createPopover(ctx, { entries: createEntryStore(), settings: () => settings, personal: () => personal });
      const { signal } = current.abort;
      const highlighter = createHighlighter(settings.highlight);
      const hits = createHitStore(index, highlighter, settings);
      current.hits = hits;
      signal.addEventListener('abort', () => hits.clear(), { once: true });
      const candidates = { ctx, index, signal, exclude, settings: () => settings };
      scanPage({ hits, signal, exclude, onFirstScan: () => (mark('scanned'), markCandidates(candidates)), onSettled: reportToolbar });
      current.open = trackInteraction(signal, ctx, hits, popover, highlighter, () => settings).open;
    };
    /** The bundled terms and the reader's own (first, so a form both have is the reader's). */
    const buildIndex = (data: MatchData) => {
      // The fold is made once: the index is built again when the reader's own terms change.
      fold ??= createFoldTable(data.foldPairs);
      const suppressed = bundledSuppressed(personal);
      return createTermIndex(data, {
        fold,
        prepend: ownTermsAsMatchTerms(personal, fold),
        omit: suppressed.hidden.size + suppressed.replacedBy.size > 0 ? (id) => isSuppressed(suppressed, id) : undefined,
      });
    };
    const start = () => {
      const current: Session = { abort: new AbortController(), hits: null };
      session = current;
      // The personal glossary is read only for pages worth reading, once; the watch keeps it current.
      personalRead ??= loadPersonal().then((loaded) => {
        if (!personalWatched) personal = loaded; // a change seen meanwhile is newer
      });
      const live = () => !current.abort.signal.aborted;
      void Promise.all([whenChinese(current.abort.signal), personalRead])
        .then(([found]) => (found && live() ? matchData() : null))
        .then((data) => data && live() && timed(() => begin(current, data)))
        .catch((error: unknown) => console.error(error));
    };
    const stop = () => {
      session?.abort.abort();
      session = null;
    };
    /** The page converter is rewriting the page: terms are read again once it is done. */
    let converting = 0;
    const report = createToolbarReport(ctx);
    /** The toolbar button: greyed while off for this site, the distinct terms once read. */
    const reportToolbar = () => {
      if (converting > 0) return; // the page is being rewritten: its terms are read again after
      report(isActiveOn(settings, host) ? (session?.hits?.distinct() ?? 0) : null, settings.badge);
    };
    const apply = (next: Settings) => {
      const previous = settings;
      settings = next;
      const active = isActiveOn(next, host) && converting === 0;
      if (!active) stop();
      else if (!session) start();
      else if (RESCAN_ON.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]))) {
        stop();
        start();
      }
      reportToolbar();
    };

    /**
     * Opens the popover on `hit`, scrolled into view and announced. From the keyboard it stays
     * unpinned until Enter; from the popup it is pinned, since the pointer is not on the page.
     */
    const reveal = (hit: TermHit, pinned: boolean) => {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
      session?.open?.(hit, { pinned, announce: true });
    };
    const step = (direction: 1 | -1) => {
      const all = session?.hits?.inOrder() ?? [];
      if (all.length === 0 || isTyping()) return;
      const at = popover?.current ? all.indexOf(popover.current) : -1;
      const next = at === -1 ? (direction === 1 ? 0 : all.length - 1) : (at + direction + all.length) % all.length;
      reveal(all[next]!, false);
    };

    const status = async (): Promise<PageStatus> => {
      apply(await loadSettings()); // answer for the settings as stored now, not as last seen
      const hits = session?.hits?.inOrder() ?? [];
      const found = new Map<string, PageStatus['found'][number]>();
      for (const hit of hits) {
        const seen = found.get(hit.term.id);
        if (seen) seen.count++;
        else found.set(hit.term.id, { id: hit.term.id, count: 1, script: hit.script });
      }
      return {
        host,
        // While the converter rewrites the page the session is paused, not off.
        active: session !== null || (converting > 0 && isActiveOn(settings, host)),
        converting: converting > 0,
        chinese: session?.hits != null,
        terms: hits.length,
        distinct: found.size,
        found: [...found.values()],
      };
    };
    // The popup and the keyboard address the page itself: frames stay quiet, so one answers.
    const handle = (request: PageRequest): Promise<PageStatus> | undefined => {
      if (window !== top) return undefined;
      if (request.type === PAGE_STATUS) return status();
      if (request.type === STEP) step(request.direction);
      if (request.type === REVEAL) {
        const hit = session?.hits?.inOrder().find((h) => h.term.id === request.id);
        if (hit) reveal(hit, true);
      }
      return undefined;
    };
    const onMessage = (message: unknown) => {
      const request = parsePageRequest(message);
      return request ? handle(request) : undefined;
    };

    /** Own terms and hidden entries change what is matched: read the page again. Notes do not. */
    const applyPersonal = (next: PersonalGlossary) => {
      const matching = (g: PersonalGlossary) => JSON.stringify([g.ownTerms, g.hidden]);
      const rematch = matching(next) !== matching(personal);
      personal = next;
      personalWatched = true;
      if (rematch) {
        index = null;
        if (session) {
          stop();
          start();
        }
      } else popover?.refresh();
    };

    void loadSettings().then((loaded) => ctx.isValid && apply(loaded));
    const unwatch = watchSettings(apply);
    const unwatchPersonal = watchPersonal(applyPersonal);
    const events = worldEvents();
    const onConversion = (event: Event) => {
      converting = Math.max(0, converting + (event.type === CONVERSION_STARTS ? 1 : -1));
      apply(settings);
    };
    events.addEventListener(CONVERSION_STARTS, onConversion);
    events.addEventListener(CONVERSION_ENDS, onConversion);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      events.removeEventListener(CONVERSION_STARTS, onConversion);
      events.removeEventListener(CONVERSION_ENDS, onConversion);
      stop();
      // After the extension is reloaded or updated its APIs are gone, and removing a listener
      // throws "Extension context invalidated" (which used to skip stop() above); the listeners
      // died with the old extension anyway. They are removed only while the APIs are alive: when a
      // newer copy of this script started in the same page.
      if (browser.runtime?.id === undefined) return;
      unwatch();
      unwatchPersonal();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
