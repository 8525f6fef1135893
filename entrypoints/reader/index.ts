/**
 * The reader: injected by the background into a frame whose bootstrap found Chinese text with
 * Tifa on for the site (see `utils/reader-handoff.ts`). It reads the page's text, marks the terms
 * and explains them; the bootstrap tells it when to read and when to let go. Each part lives in
 * its own module; this file only owns their lifecycle.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTermIndex, type LoadedMatch, type TermIndex } from '@/utils/engine/glossary';
import { readMatchData, readOnce } from '@/utils/glossary-files';
import type { PageStatus, StepState } from '@/utils/messages';
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
import { provideReader, type Reader, type ReaderHost } from '@/utils/reader-handoff';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/utils/settings';
import { createEntryStore } from './entry-store';
import { createHighlighter } from './highlights';
import { createHitStore, type HitStore, type TermHit } from './hit-store';
import { isTyping, trackInteraction } from './interaction';
import { scanPage } from './page-scanner';
import { markCandidates, type Candidates } from './candidates';
import { deferPopover, POPOVER_HOST, type Popover } from './popover';

/** Settings that change what is marked: the page is read again when one changes. */
const RESCAN_ON = ['highlight', 'density', 'hiddenCategories', 'candidates'] as const;

interface Session {
  abort: AbortController;
  hits: HitStore | null;
  open?: (hit: TermHit, options: { pinned?: boolean; announce?: boolean }) => void;
}

export default defineUnlistedScript(() => provideReader(createReader));

function createReader(ctx: ContentScriptContext, host: ReaderHost): Reader {
  const exclude = (localName: string) => localName === POPOVER_HOST;
  let settings: Settings = DEFAULT_SETTINGS;
  const currentSettings = () => settings;
  let personal: PersonalGlossary = EMPTY_PERSONAL;
  let personalRead: Promise<void> | null = null;
  let personalWatched = false;
  const matchData = readOnce(readMatchData);
  let index: TermIndex | null = null;
  let popover: Popover | null = null;
  let session: Session | null = null;

  const begin = (current: Session, data: LoadedMatch) => {
    mark('reading');
    index ??= buildIndex(data);
    popover ??= deferPopover((ui) =>
      ui.createPopover(ctx, { entries: createEntryStore(), settings: currentSettings, personal: () => personal }),
    );
    const { signal } = current.abort;
    const highlighter = createHighlighter(settings.highlight);
    const hits = createHitStore(index, highlighter, settings);
    current.hits = hits;
    signal.addEventListener('abort', () => hits.clear(), { once: true });
    const candidateOptions = { ctx, index, signal, exclude, settings: () => settings };
    let candidates: Candidates | null = null;
    scanPage({
      hits,
      signal,
      exclude,
      onFirstScan: () => (mark('scanned'), (candidates = markCandidates(candidateOptions))),
      onSettled: host.onSettled,
      onReread: () => candidates?.refresh(),
    });
    current.open = trackInteraction(signal, ctx, hits, popover, highlighter, currentSettings).open;
  };
  /** The bundled terms and the reader's own (first, so a form both have is the reader's). */
  const buildIndex = (data: LoadedMatch) => {
    const suppressed = bundledSuppressed(personal);
    return createTermIndex(data, {
      prepend: ownTermsAsMatchTerms(personal, data.fold),
      omit: suppressed.hidden.size + suppressed.replacedBy.size > 0 ? (id) => isSuppressed(suppressed, id) : undefined,
    });
  };
  const start = () => {
    const current: Session = { abort: new AbortController(), hits: null };
    session = current;
    // The personal glossary is read once; the watch keeps it current.
    personalRead ??= loadPersonal().then((loaded) => {
      if (!personalWatched) personal = loaded; // a change seen meanwhile is newer
    });
    const live = () => !current.abort.signal.aborted;
    // The match data is fetched while the personal glossary is read: both are needed to match.
    void Promise.all([matchData(), personalRead])
      .then(([data]) => live() && timed(() => begin(current, data)))
      .catch((error: unknown) => console.error(error));
  };
  const stop = () => {
    session?.abort.abort();
    session = null;
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

  const stepState = (): StepState => {
    const all = session?.hits?.inOrder() ?? [];
    return { count: all.length, at: popover?.current ? all.indexOf(popover.current) : -1, typing: isTyping() };
  };
  /** Opens the term at `index`; -1 closes the popover stepping opened (stepping moved to another frame). */
  const stepTo = (index: number) => {
    const hit = session?.hits?.inOrder()[index];
    if (hit) reveal(hit, false);
    else if (index === -1 && popover?.current && !popover.pinned) popover.hide();
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
  const unwatchPersonal = watchPersonal(applyPersonal);
  ctx.onInvalidated(() => {
    stop();
    // After the extension is reloaded or updated its APIs are gone, and removing a listener
    // throws "Extension context invalidated"; the listener died with the old extension anyway.
    if (browser.runtime?.id !== undefined) unwatchPersonal();
  });

  return {
    apply(stored: unknown, active: boolean) {
      const previous = settings;
      settings = normalizeSettings(stored);
      if (!active) stop();
      else if (!session) start();
      else if (RESCAN_ON.some((key) => JSON.stringify(previous[key]) !== JSON.stringify(settings[key]))) {
        stop();
        start();
      }
    },
    terms() {
      const hits = session?.hits?.inOrder() ?? [];
      const found = new Map<string, PageStatus['found'][number]>();
      for (const hit of hits) {
        const seen = found.get(hit.term.id);
        if (seen) seen.count++;
        else found.set(hit.term.id, { id: hit.term.id, count: 1, script: hit.script });
      }
      return { chinese: session?.hits != null, terms: hits.length, distinct: found.size, found: [...found.values()] };
    },
    distinct: () => session?.hits?.distinct() ?? 0,
    stepState,
    stepTo,
    reveal(id) {
      const hit = session?.hits?.inOrder().find((h) => h.term.id === id);
      if (hit) reveal(hit, true);
    },
  };
}
