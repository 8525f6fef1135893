/**
 * Formulations Tifa has not met yet, marked apart on the page. Once the page has been read and its
 * terms marked, its text is read again in idle periods, the pure detector (utils/candidates/) finds
 * the phrases shaped like a formulation that no glossary term covers, and each use of one is marked
 * with a lighter highlight of its own (candidates.css). The candidates are a small term index of
 * their own, so the terms' hit store and interaction code serve them unchanged; their popover is
 * entrypoints/popover/candidate-popover.tsx. When the page's text changes later (the page
 * scanner's rereads: infinite scroll, a live blog, an article rendered in place), they are found
 * again once the changes settle (utils/candidates/rerun.ts); blocks whose marks stay the same keep
 * them (utils/candidates/marks.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HAN } from '@/glossary/mining/patterns';
import { detectCandidates, type Candidate, type CandidateBlock } from '@/utils/candidates/detect';
import { planMarks, usesByBlock, type MarkedRun } from '@/utils/candidates/marks';
import { rerunAt } from '@/utils/candidates/rerun';
import { sentencesWith } from '@/utils/candidates/sentences';
import { foldText } from '@/utils/engine/fold';
import type { OwnIndexTerm, TermIndex } from '@/utils/engine/glossary';
import type { Match } from '@/utils/engine/matcher';
import { stopwatch } from '@/utils/perf';
import type { Settings } from '@/utils/settings';
import { SLICE_MS } from '@/utils/slices';
import type { Highlighter } from './highlights';
import { createHitStore } from './hit-store';
import { trackInteraction } from './interaction';
import { walkBlocks, type TextBlock } from './page-text';
import { deferPopover, type CandidateDetails } from './popover';

export const CANDIDATE_HIGHLIGHT = 'tifa-candidate';
const ACTIVE = 'tifa-candidate-active';
const HAS_HAN = new RegExp(`[${HAN}]`);
/**
 * Pages with more text than this (about twenty long articles) are not looked at: the detector runs
 * in one go, and a formulation worth flagging recurs within an article anyway. A page that grows
 * past it keeps the marks it has.
 */
const MAX_CHARS = 200_000;

export interface CandidateOptions {
  ctx: ContentScriptContext;
  /** The page's term index: what it matches is the glossary's, never a candidate. */
  index: TermIndex;
  /** Ends everything: the runs, the waits between them, the marks and the popover. */
  signal: AbortSignal;
  exclude: (localName: string) => boolean;
  settings: () => Settings;
}

export interface Candidates {
  /** The page's text changed: find the candidates again once the changes settle. */
  refresh(): void;
}

/** The page's Han blocks as read for one run, and what the detector is given. */
interface Reading {
  blocks: TextBlock[];
  inputs: CandidateBlock[];
}

export function markCandidates({ ctx, index, signal, exclude, settings }: CandidateOptions): Candidates {
  if (!settings().candidates) return { refresh() {} };
  const watch = stopwatch('candidates');
  let shown: ReturnType<typeof showing> | null = null; // made once there is something to show
  let running = false;
  let lastRun = -Infinity;
  let changes: { first: number; last: number } | null = null; // not looked at yet
  let timer: number | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  /** Reads the page and marks what the detector finds; the first run is what the bench measures. */
  function run() {
    running = true;
    changes = null;
    const reading: Reading = { blocks: [], inputs: [] };
    let chars = 0;
    function* read(): Generator<void> {
      for (const block of walkBlocks(document.body, { exclude })) {
        chars += block.text.length;
        if (chars > MAX_CHARS) return;
        if (HAS_HAN.test(block.text)) {
          reading.blocks.push(block);
          reading.inputs.push({ text: block.text, hits: index.matcher.findAll(block.text) });
        }
        yield;
      }
    }
    void whenIdle(read(), signal, watch.timed).then(() => {
      if (signal.aborted) return;
      if (chars <= MAX_CHARS) {
        watch.timed(() => {
          const candidates = detectCandidates(reading.inputs, { fold: (text) => foldText(index.fold, text) });
          if (candidates.length > 0) shown ??= showing();
          shown?.update(candidates, reading);
        });
      }
      if (lastRun === -Infinity) watch.mark(); // the first run's time only
      running = false;
      lastRun = performance.now();
      if (changes) schedule();
    });
  }

  const schedule = () => {
    clearTimeout(timer);
    const at = rerunAt({ firstChange: changes!.first, lastChange: changes!.last, lastRun });
    timer = ctx.setTimeout(run, at - performance.now());
  };

  /** The marks, their popover and its interaction: made on the first candidate found, kept across runs. */
  function showing() {
    const highlighter = candidateHighlighter();
    // Entry numbers stay the same across runs, so a hit kept keeps its term (and its open popover).
    const terms: OwnIndexTerm[] = [];
    const entries = new Map<string, number>();
    const entryOf = (key: string) => {
      let entry = entries.get(key);
      if (entry === undefined) {
        entry = terms.push({ id: `candidate:${key}`, own: true, keys: [key] }) - 1;
        entries.set(key, entry);
      }
      return entry;
    };
    // The store's "matcher" gives the detector's uses, not a search of its own: the uses of a run
    // are found in its text alone, so runs with the same text have the same uses.
    let uses = new Map<string, Match[]>();
    const hits = createHitStore({ ...index, terms, matcher: { findAll: (text) => uses.get(text) ?? [] } }, highlighter, {
      hiddenCategories: [],
      density: 'all',
    });
    let details = new Map<string, CandidateDetails>();
    let held = new Map<Node, MarkedRun<Text>[]>();
    const popover = deferPopover((ui) => ui.createCandidatePopover(ctx, (hit) => details.get(hit.term.id), settings));
    const interaction = trackInteraction(signal, ctx, hits, popover, highlighter, settings);
    signal.addEventListener(
      'abort',
      () => {
        hits.clear();
        popover.remove();
      },
      { once: true },
    );

    return {
      update(candidates: Candidate[], { blocks, inputs }: Reading) {
        const found = new Map<Node, (MarkedRun<Text> & { block: TextBlock })[]>();
        uses = new Map();
        for (const [i, list] of usesByBlock(candidates)) {
          const block = blocks[i]!;
          let runs = found.get(block.container);
          if (!runs) found.set(block.container, (runs = []));
          runs.push({ text: block.text, nodes: block.nodes, uses: list, block });
          uses.set(block.text, list.map(({ key, start, end }) => ({ entry: entryOf(key), start, end })));
        }
        const plan = planMarks(held, found);
        hits.drop((container) => plan.drop.has(container));
        for (const container of plan.add) for (const run of found.get(container)!) hits.addBlock(run.block);
        hits.publish();
        held = found;
        details = new Map(candidates.map((candidate) => [terms[entryOf(candidate.key)]!.id, { candidate, sentences: sentencesWith(candidate, inputs) }]));
        const open = popover.current;
        if (open && !hits.inOrder().includes(open)) interaction.close();
        else if (open) popover.refresh(); // the same candidate, its sentences maybe not
      },
    };
  }

  run();
  return {
    refresh() {
      if (signal.aborted) return;
      const now = performance.now();
      changes = { first: changes?.first ?? now, last: now };
      if (!running) schedule();
    },
  };
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
