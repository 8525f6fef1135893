/**
 * What changes on the page when its candidates are found again (the page's text changed): a block
 * whose marks would be the same keeps them, untouched (no flicker, an open popover stays on its
 * hit); a block with other marks, or whose text nodes were replaced, gets new ones; a block whose
 * candidates are gone loses them. Pure: blocks are keyed by anything, text nodes compared by identity.
 */
import type { Candidate, Span } from './detect';

/** One use of a candidate in a run of text. */
export interface Use extends Span {
  key: string;
}

/** A run of a block's text with the candidates' uses in it (a block can hold several runs, around nested blocks). */
export interface MarkedRun<N> {
  text: string;
  /** The text nodes it is made of: marks on nodes a page has replaced, even with the same text, are stale. */
  nodes: readonly N[];
  uses: readonly Use[];
}

/** The uses of the candidates, by the index of the block they are in, in order of position. */
export function usesByBlock(candidates: readonly Candidate[]): Map<number, Use[]> {
  const byBlock = new Map<number, Use[]>();
  for (const { key, occurrences } of candidates) {
    for (const { block, start, end } of occurrences) {
      const list = byBlock.get(block);
      if (list) list.push({ key, start, end });
      else byBlock.set(block, [{ key, start, end }]);
    }
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.start - b.start);
  return byBlock;
}

const sameRun = <N>(a: MarkedRun<N>, b: MarkedRun<N>) =>
  a.text === b.text &&
  a.nodes.length === b.nodes.length &&
  a.nodes.every((node, i) => node === b.nodes[i]) &&
  a.uses.length === b.uses.length &&
  a.uses.every((use, i) => use.key === b.uses[i]!.key && use.start === b.uses[i]!.start && use.end === b.uses[i]!.end);

const sameRuns = <N>(a: readonly MarkedRun<N>[], b: readonly MarkedRun<N>[]) => a.length === b.length && a.every((run, i) => sameRun(run, b[i]!));

/**
 * From the blocks marked now (`held`) to the blocks the new run found (`found`): the blocks whose
 * marks go (`drop`), and those to mark (`add`). A block in both with the same runs is in neither.
 */
export function planMarks<K, N>(
  held: ReadonlyMap<K, readonly MarkedRun<N>[]>,
  found: ReadonlyMap<K, readonly MarkedRun<N>[]>,
): { drop: Set<K>; add: K[] } {
  const drop = new Set<K>();
  for (const [block, runs] of held) {
    const next = found.get(block);
    if (!next || !sameRuns(runs, next)) drop.add(block);
  }
  const add = [...found.keys()].filter((block) => !held.has(block) || drop.has(block));
  return { drop, add };
}
