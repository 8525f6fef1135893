/**
 * The matching engine: finds glossary terms in a string. Pure TypeScript, no DOM, so it runs the
 * same in the content script, the scan CLI, the benchmark and unit tests.
 *
 * Terms are stored as folded keys (see fold.ts) in a trie keyed by UTF-16 units. The text is
 * folded unit by unit while it is read, so no folded copy of the page is made. At each position
 * the longest term starting there wins, and the scan resumes after it (leftmost-longest,
 * non-overlapping: 新發展理念 beats 發展理念). White space inside a term is passed over (print
 * layouts break lines mid-word), and a term may carry a context guard that cancels it next to
 * certain words (湾区 after 旧金山).
 *
 * Speed: the trie lives in typed arrays. A table indexed by the page's raw UTF-16 unit (the fold
 * applied in advance) rejects most positions with one read and gives the first node of the rest;
 * deeper edges sit in an open-addressing hash table keyed by (node, unit). No objects are made
 * while scanning except the matches themselves.
 */
import { foldUnit, type FoldTable } from './fold';

export interface Match {
  /** UTF-16 offset of the first unit of the term in the scanned text. */
  start: number;
  /** UTF-16 offset just past the term's last unit. */
  end: number;
  /** Index of the matched term in the list given to createMatcher. */
  entry: number;
}

export interface MatcherTerm {
  /** The forms of the term; folded here, white space in them ignored. */
  forms: readonly string[];
  /** A match is dropped when the text right before it ends with one of these. */
  unlessPrecededBy?: readonly string[];
  /** A match is dropped when the text right after it starts with one of these. */
  unlessFollowedBy?: readonly string[];
}

interface Guard {
  before: readonly string[];
  after: readonly string[];
}

export interface Matcher {
  /** Every term in `text`, in order, leftmost-longest and non-overlapping. */
  findAll(text: string): Match[];
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0 || unit === 0x3000;
}

/**
 * Trie edges (node, unit) → child in an open-addressing hash table, sized up front (at most half
 * full) so it never rehashes. Closures over typed arrays rather than a class: the lookup is the
 * hottest code in the extension and this keeps it to a few array reads.
 */
function createEdges(capacity: number) {
  let size = 1024;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  /** node * 65536 + unit, exact in a double; -1 marks a free slot. */
  const keys = new Float64Array(size).fill(-1);
  const children = new Int32Array(size);
  return {
    get(node: number, unit: number): number {
      const key = node * 0x10000 + unit;
      for (let i = (Math.imul(node, 0x9e3779b1) ^ unit) & mask; ; i = (i + 1) & mask) {
        const at = keys[i]!;
        if (at === key) return children[i]!;
        if (at === -1) return 0;
      }
    },
    set(node: number, unit: number, child: number): void {
      let i = (Math.imul(node, 0x9e3779b1) ^ unit) & mask;
      while (keys[i] !== -1) i = (i + 1) & mask;
      keys[i] = node * 0x10000 + unit;
      children[i] = child;
    },
  };
}

const MAX_DEPTH = 256;

export interface MatcherOptions {
  /** The forms and guards are folded keys already, without white space (the glossary build makes them). */
  folded?: boolean;
}

/**
 * @param terms a form that two terms share belongs to the first, so callers list more specific
 *   sources (a reader's own terms) before general ones.
 */
export function createMatcher(table: FoldTable, terms: readonly MatcherTerm[], options: MatcherOptions = {}): Matcher {
  const fold = options.folded
    ? (s: string) => s
    : (s: string) => {
        let out = '';
        for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) out += String.fromCharCode(foldUnit(table, s.charCodeAt(k)));
        return out;
      };

  // Sized from the forms' lengths (an upper bound: a form and its other-script twin often share a
  // key, and keys share prefixes); inserting a key twice just walks the path it made the first time.
  let keyUnits = 0;
  for (const term of terms) for (const form of term.forms) keyUnits += form.length;

  // Node 0 is the root; a child id of 0 means "no child".
  const firstLevel = new Map<number, number>(); // folded unit → node (a few hundred: no 64K table)
  const edges = createEdges(keyUnits);
  const entryOf = new Int32Array(keyUnits + 1).fill(-1);
  let nodes = 1;
  const guards = new Map<number, Guard>();
  const guarded = new Uint8Array(keyUnits + 1); // by node: has a guard (a byte read, not a Map look-up)
  terms.forEach((term, index) => {
    for (const form of term.forms) {
      const key = fold(form);
      if (key.length === 0 || key.length > MAX_DEPTH) continue;
      let node = 0;
      for (let depth = 0; depth < key.length; depth++) {
        const unit = key.charCodeAt(depth);
        let next = depth === 0 ? (firstLevel.get(unit) ?? 0) : edges.get(node, unit);
        if (next === 0) {
          next = nodes++;
          if (depth === 0) firstLevel.set(unit, next);
          else edges.set(node, unit, next);
        }
        node = next;
      }
      if (entryOf[node] !== -1) continue; // an earlier term has this form
      entryOf[node] = index;
      const { unlessPrecededBy, unlessFollowedBy } = term;
      if (unlessPrecededBy || unlessFollowedBy) {
        guards.set(node, { before: (unlessPrecededBy ?? []).map(fold), after: (unlessFollowedBy ?? []).map(fold) });
        guarded[node] = 1;
      }
    }
  });
  const entries = entryOf;
  // Raw unit → a small slot number for its first-level node (0: starts no key), the fold done in
  // advance: each first unit itself (where it folds to itself) and every unit that folds to one.
  // 16-bit, so the part of the table that CJK text touches stays in fast cache.
  const firstSlot = new Uint16Array(0x10000);
  const slotNode: number[] = [0];
  for (const [unit, node] of firstLevel) {
    if (table.units[unit] === 0) firstSlot[unit] = slotNode.push(node) - 1;
  }
  for (const unit of table.changed) {
    const node = firstLevel.get(table.units[unit]!);
    if (node !== undefined) firstSlot[unit] = firstSlot[table.units[unit]!] || slotNode.push(node) - 1;
  }
  const slotNodes = Int32Array.from(slotNode);

  /** Does the folded text at [from, from + word.length) read `word`? */
  const units = table.units;
  const readsAt = (text: string, from: number, word: string) => {
    if (from < 0 || from + word.length > text.length) return false;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(from + k);
      if ((units[c] || c) !== word.charCodeAt(k)) return false;
    }
    return true;
  };
  const guardAllows = (guard: Guard | undefined, text: string, start: number, end: number) =>
    !guard ||
    (!guard.before.some((word) => readsAt(text, start - word.length, word)) &&
      !guard.after.some((word) => readsAt(text, end, word)));

  // Terms ending along the current path, longest last; reused across calls.
  const ends = new Int32Array(MAX_DEPTH);
  const endNodes = new Int32Array(MAX_DEPTH);

  /**
   * The longest acceptable term starting at i, pushed to `matches`; returns its end, or -1.
   * `node` is the node after the unit at i, `next` the node after the unit at `j`.
   */
  const longestAt = (text: string, i: number, node: number, j: number, next: number, matches: Match[]): number => {
    const length = text.length;
    let found = 0;
    if (entries[node] !== -1) {
      ends[found] = i + 1;
      endNodes[found++] = node;
    }
    node = next;
    j++;
    while (node !== 0) {
      if (entries[node] !== -1) {
        ends[found] = j;
        endNodes[found++] = node;
      }
      while (j < length && isSpace(text.charCodeAt(j))) j++;
      if (j >= length) break;
      const c = text.charCodeAt(j);
      node = edges.get(node, units[c] || c);
      j++;
    }
    for (let k = found - 1; k >= 0; k--) {
      const end = ends[k]!;
      const at = endNodes[k]!;
      if (guarded[at] === 0 || guardAllows(guards.get(at), text, i, end)) {
        matches.push({ start: i, end, entry: entries[at]! });
        return end;
      }
    }
    return -1;
  };

  return {
    findAll(text) {
      const matches: Match[] = [];
      const length = text.length;
      let i = 0;
      while (i < length) {
        const slot = firstSlot[text.charCodeAt(i)]!;
        if (slot === 0) {
          i++;
          continue;
        }
        const node = slotNodes[slot]!;
        // The second unit (past any white space).
        let j = i + 1;
        while (j < length && isSpace(text.charCodeAt(j))) j++;
        const c = j < length ? text.charCodeAt(j) : 0;
        const next = j < length ? edges.get(node, units[c] || c) : 0;
        if (next === 0 && entries[node] === -1) {
          i++;
          continue;
        }
        const end = longestAt(text, i, node, j, next, matches);
        i = end === -1 ? i + 1 : end;
      }
      return matches;
    },
  };
}
