/**
 * Formulations Tifa has not met yet, marked apart on the page. Once the page has been read and its
 * terms marked, its text is read again in idle periods, the pure detector (utils/candidates/) finds
 * the phrases shaped like a formulation that no glossary term covers, and each use of one is marked
 * with a lighter highlight of its own (candidates.css). The candidates are a small term index of
 * their own, so the terms' hit store and interaction code serve them unchanged; their popover is
 * candidate-popover.tsx. Read once per reading of the page: text added later is not looked at.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HAN } from '@/glossary/mining/patterns';
import { detectCandidates, type Candidate, type CandidateBlock } from '@/utils/candidates/detect';
import { sentencesWith } from '@/utils/candidates/sentences';
import { foldText } from '@/utils/engine/fold';
import type { OwnIndexTerm, TermIndex } from '@/utils/engine/glossary';
import { createMatcher } from '@/utils/engine/matcher';
import { stopwatch } from '@/utils/perf';
import type { Settings } from '@/utils/settings';
import { SLICE_MS } from '@/utils/slices';
import { createCandidatePopover, type CandidateDetails } from './candidate-popover';
import type { Highlighter } from './highlights';
import { createHitStore } from './hit-store';
import { trackInteraction } from './interaction';
import { walkBlocks, type TextBlock } from './page-text';

export const CANDIDATE_HIGHLIGHT = 'tifa-candidate';
const ACTIVE = 'tifa-candidate-active';
const HAS_HAN = new RegExp(`[${HAN}]`);
/**
 * Pages with more text than this (about twenty long articles) are not looked at: the detector runs
 * in one go, and a formulation worth flagging recurs within an article anyway.
 */
const MAX_CHARS = 200_000;

export interface CandidateOptions {
  ctx: ContentScriptContext;
  /** The page's term index: what it matches is the glossary's, never a candidate. */
  index: TermIndex;
  signal: AbortSignal;
  exclude: (element: Element) => boolean;
  settings: () => Settings;
}

export function markCandidates({ ctx, index, signal, exclude, settings }: CandidateOptions): void {
  if (!settings().candidates) return;
  const watch = stopwatch('candidates');
  const blocks: TextBlock[] = [];
  const inputs: CandidateBlock[] = [];
  let chars = 0;
  function* read(): Generator<void> {
    for (const block of walkBlocks(document.body, { exclude })) {
      chars += block.text.length;
      if (chars > MAX_CHARS) return;
      if (HAS_HAN.test(block.text)) {
        blocks.push(block);
        inputs.push({ text: block.text, hits: index.matcher.findAll(block.text) });
      }
      yield;
    }
  }
  void whenIdle(read(), signal, watch.timed).then(() => {
    if (signal.aborted || chars > MAX_CHARS) return watch.mark();
    watch.timed(() => show(detectCandidates(inputs, { fold: (text) => foldText(index.fold, text) })));
    watch.mark();
  });

  function show(candidates: Candidate[]) {
    if (candidates.length === 0) return;
    const terms: OwnIndexTerm[] = candidates.map((c, i) => ({ id: `candidate-${i}`, own: true, keys: [c.key] }));
    const matcher = createMatcher(index.fold, candidates.map((c) => ({ forms: [c.key] })));
    const highlighter = candidateHighlighter();
    const hits = createHitStore({ ...index, matcher, terms }, highlighter, { hiddenCategories: [], density: 'all' });
    const used = new Set(candidates.flatMap((c) => c.occurrences.map((o) => o.block)));
    for (const block of used) hits.addBlock(blocks[block]!);
    hits.publish();
    const details = new Map<string, CandidateDetails>(
      candidates.map((candidate, i) => [terms[i]!.id, { candidate, sentences: sentencesWith(candidate, inputs) }]),
    );
    const popover = createCandidatePopover(ctx, (hit) => details.get(hit.term.id), settings);
    trackInteraction(signal, ctx, hits, popover, highlighter, settings);
    signal.addEventListener(
      'abort',
      () => {
        hits.clear();
        popover.remove();
      },
      { once: true },
    );
  }
}

/**
 * Pulls `work` to its end in idle periods (requestIdleCallback), never more than a slice at a
 * time. Safari has no requestIdleCallback: a short timeout stands in for it there.
 */
function whenIdle(work: Iterator<unknown>, signal: AbortSignal, timed: <T>(fn: () => T) => T): Promise<void> {
  const idle: (fn: () => void) => void =
    'requestIdleCallback' in globalThis
      ? (fn) => requestIdleCallback(fn, { timeout: 2_000 })
      : (fn) => setTimeout(fn, 50);
  return new Promise((resolve) => {
    const slice = () => {
      if (signal.aborted) return resolve();
      const until = performance.now() + SLICE_MS;
      const done = timed(() => {
        while (performance.now() < until) if (work.next().done) return true;
        return false;
      });
      if (done) resolve();
      else idle(slice);
    };
    idle(slice);
  });
}

/** The candidates' own highlight, and the one of the candidate whose popover is open. */
function candidateHighlighter(): Highlighter {
  const marks = new Highlight();
  CSS.highlights.set(CANDIDATE_HIGHLIGHT, marks);
  return {
    add: (ranges) => ranges.forEach((range) => marks.add(range)),
    replace(ranges) {
      marks.clear();
      this.add(ranges);
    },
    remove: (ranges) => ranges.forEach((range) => marks.delete(range)),
    setActive: (range) => (range ? CSS.highlights.set(ACTIVE, new Highlight(range)) : CSS.highlights.delete(ACTIVE)),
    clear() {
      marks.clear();
      CSS.highlights.delete(CANDIDATE_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE);
    },
  };
}
