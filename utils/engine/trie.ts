/**
 * The glossary's keys as a trie laid out breadth-first in flat arrays. The children of a node are
 * consecutive nodes sorted by unit, so a node's edges are a short run of one array: no hash table
 * to build, and the arrays are made once at build time (glossary/compile.ts) and shipped as three
 * strings that a page decodes in one pass (packTrie / unpackTrie). Pure, no DOM.
 */

export interface Trie {
  /** labels[k]: the UTF-16 unit on the edge into node k (node 0 is the root and has none). */
  labels: Uint16Array;
  /** The children of node k are nodes firstChild[k] to firstChild[k + 1] - 1 (length: nodes + 1). */
  firstChild: Int32Array;
  /** entryOf[k]: the index of the term whose key ends at node k, or -1. */
  entryOf: Int32Array;
}

/** A Trie as JSON-friendly strings, one UTF-16 unit per node, offset to stay printable. */
export interface PackedTrie {
  /** The labels of nodes 1…n-1. */
  labels: string;
  /** Per node, its number of children + COUNT_BASE. */
  childCounts: string;
  /** Per node, its entry + ENTRY_BASE (ENTRY_BASE - 1: no entry). */
  entries: string;
}

/** Longer keys are left out: the matcher keeps one slot per unit of the path it follows. */
export const MAX_KEY_LENGTH = 256;

const COUNT_BASE = 0x30;
const ENTRY_BASE = 0x31;
/** Entries and child counts are stored as one unit each. */
const PACKED_MAX = 0xffff - ENTRY_BASE;

/**
 * @param keys per term, its keys (folded, without white space). A key that two terms share
 *   belongs to the first: callers list more specific sources first.
 */
export function buildTrie(keys: readonly (readonly string[])[]): Trie {
  // A tree of maps first, then laid out breadth-first; this runs at build time, or at page load
  // for the reader's own terms (a handful), so clarity wins over speed here.
  interface Draft {
    children: Map<number, Draft>;
    entry: number;
  }
  const root: Draft = { children: new Map(), entry: -1 };
  keys.forEach((forms, entry) => {
    for (const key of forms) {
      if (key.length === 0 || key.length > MAX_KEY_LENGTH) continue;
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        let child = node.children.get(unit);
        if (!child) node.children.set(unit, (child = { children: new Map(), entry: -1 }));
        node = child;
      }
      if (node.entry === -1) node.entry = entry;
    }
  });

  const order: Draft[] = [root];
  const labels: number[] = [0];
  const firstChild: number[] = [];
  for (let k = 0; k < order.length; k++) {
    firstChild.push(order.length);
    for (const [unit, child] of [...order[k]!.children].sort((a, b) => a[0] - b[0])) {
      labels.push(unit);
      order.push(child);
    }
  }
  firstChild.push(order.length);
  return {
    labels: Uint16Array.from(labels),
    firstChild: Int32Array.from(firstChild),
    entryOf: Int32Array.from(order, (node) => node.entry),
  };
}

/**
 * One trie holding the keys of both: `first`'s entries as they are, `second`'s moved up by
 * `offset`; a key in both keeps its entry from `first`. Walks both breadth-first in step, merging
 * each pair of sorted child runs, so the result comes out laid out already: linear, no maps.
 */
export function mergeTries(first: Trie, second: Trie, offset: number): Trie {
  const labels: number[] = [0];
  const firstChild: number[] = [];
  const entryOf: number[] = [];
  // Each merged node as the pair of nodes it stands for (-1: absent from that trie).
  const fromFirst: number[] = [0];
  const fromSecond: number[] = [0];
  for (let k = 0; k < fromFirst.length; k++) {
    const a = fromFirst[k]!;
    const b = fromSecond[k]!;
    const entryA = a === -1 ? -1 : first.entryOf[a]!;
    const entryB = b === -1 ? -1 : second.entryOf[b]!;
    entryOf.push(entryA !== -1 ? entryA : entryB === -1 ? -1 : entryB + offset);
    firstChild.push(fromFirst.length);
    let i = a === -1 ? 0 : first.firstChild[a]!;
    const iEnd = a === -1 ? 0 : first.firstChild[a + 1]!;
    let j = b === -1 ? 0 : second.firstChild[b]!;
    const jEnd = b === -1 ? 0 : second.firstChild[b + 1]!;
    while (i < iEnd || j < jEnd) {
      const unitA = i < iEnd ? first.labels[i]! : Infinity;
      const unitB = j < jEnd ? second.labels[j]! : Infinity;
      labels.push(Math.min(unitA, unitB));
      fromFirst.push(unitA <= unitB ? i++ : -1);
      fromSecond.push(unitB <= unitA ? j++ : -1);
    }
  }
  firstChild.push(fromFirst.length);
  return { labels: Uint16Array.from(labels), firstChild: Int32Array.from(firstChild), entryOf: Int32Array.from(entryOf) };
}

export function packTrie(trie: Trie): PackedTrie {
  const nodes = trie.entryOf.length;
  const counts: number[] = [];
  for (let k = 0; k < nodes; k++) counts.push(trie.firstChild[k + 1]! - trie.firstChild[k]!);
  for (const value of [...counts, ...trie.entryOf]) {
    if (value > PACKED_MAX) throw new Error(`trie too large to pack (over ${PACKED_MAX} terms or children)`);
  }
  const text = (units: ArrayLike<number>) => {
    let out = '';
    for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...Array.prototype.slice.call(units, i, i + 4096));
    return out;
  };
  return {
    labels: text(trie.labels.subarray(1)),
    childCounts: text(counts.map((count) => count + COUNT_BASE)),
    entries: text(Array.from(trie.entryOf, (entry) => entry + ENTRY_BASE)),
  };
}

/** Runs at page load: three plain loops over the node count, no allocation per node. */
export function unpackTrie(packed: PackedTrie): Trie {
  const nodes = packed.entries.length;
  if (packed.labels.length !== nodes - 1 || packed.childCounts.length !== nodes) throw new Error('packed trie: lengths differ');
  const labels = new Uint16Array(nodes);
  const firstChild = new Int32Array(nodes + 1);
  const entryOf = new Int32Array(nodes);
  firstChild[0] = 1;
  for (let k = 0; k < nodes; k++) {
    if (k > 0) labels[k] = packed.labels.charCodeAt(k - 1);
    firstChild[k + 1] = firstChild[k]! + packed.childCounts.charCodeAt(k) - COUNT_BASE;
    entryOf[k] = packed.entries.charCodeAt(k) - ENTRY_BASE;
  }
  return { labels, firstChild, entryOf };
}
