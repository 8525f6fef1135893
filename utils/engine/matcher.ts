/**
 * The matching engine: finds glossary terms in a string. Pure TypeScript, no DOM, so it runs the
 * same in the content script, the scan CLI, the benchmark and unit tests.
 *
 * Terms are folded keys (see fold.ts) in a trie (see trie.ts). The text is folded unit by unit
 * while it is read, so no folded copy of the page is made. At each position the longest term
 * starting there wins, and the scan resumes after it (leftmost-longest, non-overlapping:
 * 新發展理念 beats 發展理念). White space inside a term is passed over (print layouts break lines
 * mid-word), and a term may carry a context guard that cancels it next to certain words
 * (湾区 after 旧金山).
 *
 * A table indexed by the page's raw UTF-16 unit (the fold applied in advance) rejects most
 * positions with one read and gives the first node of the rest. No objects are made while
 * scanning except the matches themselves.
 */
import { foldUnit, type FoldTable } from './fold';
import { buildTrie, MAX_KEY_LENGTH, type Trie } from './trie';

export interface Match {
  /** UTF-16 offset of the first unit of the term in the scanned text. */
  start: number;
  /** UTF-16 offset just past the term's last unit. */
  end: number;
  /** The trie's entry number for the term. */
  entry: number;
}

/**
 * A term's context guard: a match is dropped when the text right before it ends with one of the
 * `unlessPrecededBy` words, or right after it starts with one of the `unlessFollowedBy` words.
 */
export interface Guarded {
  unlessPrecededBy?: readonly string[];
  unlessFollowedBy?: readonly string[];
}

export interface Matcher {
  /** Every term in `text`, in order, leftmost-longest and non-overlapping. */
  findAll(text: string): Match[];
}

/** White space passed over inside a term. One comparison for Han text, which sits above U+3000. */
const isSpace = (unit: number) =>
  unit <= 0x3000 && (unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0 || unit === 0x3000);

/**
 * Raw unit → the trie node its key unit leads to from the root (0: starts no key), the fold done
 * in advance: each first unit (a key unit, which folds to itself) and every unit that folds to
 * one. The root's children are nodes 1…n in breadth-first order, so 16 bits hold them, and the
 * part of the table CJK text touches stays in fast cache. The bundled glossary's is made at build
 * time (match-file.ts); this runs for a trie that holds the reader's own terms.
 */
export function firstNodesOf(table: FoldTable, trie: Trie): Uint16Array {
  const { labels, firstChild } = trie;
  const firstNode = new Uint16Array(0x10000);
  for (let node = firstChild[0]!; node < firstChild[1]!; node++) firstNode[labels[node]!] = node;
  for (let k = 0; k < table.changed.length; k++) {
    const unit = table.changed[k]!;
    firstNode[unit] = firstNode[table.units[unit]!]!;
  }
  return firstNode;
}

/**
 * @param guards by entry, the term's guard words, folded like the keys.
 * @param firstNode firstNodesOf(table, trie), when it was made already.
 */
export function createTrieMatcher(
  table: FoldTable,
  trie: Trie,
  guards: readonly Guarded[],
  firstNode: Uint16Array = firstNodesOf(table, trie),
): Matcher {
  const units = table.units;
  const { labels, firstChild, entryOf } = trie;
  // Plain loop: this runs on every page load, in code not yet optimised.
  const guarded = new Uint8Array(guards.length);
  for (let entry = 0; entry < guards.length; entry++) {
    if (guards[entry]!.unlessPrecededBy || guards[entry]!.unlessFollowedBy) guarded[entry] = 1;
  }

  /** Does the folded text at [from, from + word.length) read `word`? */
  const readsAt = (text: string, from: number, word: string) => {
    if (from < 0 || from + word.length > text.length) return false;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(from + k);
      if ((units[c] || c) !== word.charCodeAt(k)) return false;
    }
    return true;
  };
  const guardAllows = ({ unlessPrecededBy = [], unlessFollowedBy = [] }: Guarded, text: string, start: number, end: number) =>
    !unlessPrecededBy.some((word) => readsAt(text, start - word.length, word)) &&
    !unlessFollowedBy.some((word) => readsAt(text, end, word));

  // Terms ending along the current path, longest last; reused across calls.
  const ends = new Int32Array(MAX_KEY_LENGTH + 1);
  const endEntries = new Int32Array(MAX_KEY_LENGTH + 1);

  return {
    findAll(text) {
      const matches: Match[] = [];
      const length = text.length;
      let i = 0;
      while (i < length) {
        let node = firstNode[text.charCodeAt(i)]!;
        if (node === 0) {
          i++;
          continue;
        }
        // Down the trie as far as the text follows it, noting each term that ends on the way.
        let found = 0;
        let j = i + 1;
        for (;;) {
          const entry = entryOf[node]!;
          if (entry !== -1) {
            ends[found] = j;
            endEntries[found++] = entry;
          }
          let lo = firstChild[node]!;
          const hi = firstChild[node + 1]!;
          if (lo === hi) break;
          let c = 0;
          while (j < length && isSpace((c = text.charCodeAt(j)))) j++;
          if (j >= length) break;
          const unit = units[c] || c;
          if (hi - lo === 1) {
            // Most nodes have one child.
            if (labels[lo] !== unit) break;
          } else {
            // Children are sorted by unit.
            let top = hi;
            while (lo < top) {
              const mid = (lo + top) >>> 1;
              if (labels[mid]! < unit) lo = mid + 1;
              else top = mid;
            }
            if (lo === hi || labels[lo] !== unit) break;
          }
          node = lo;
          j++;
        }
        // The longest term its guard allows.
        let end = -1;
        while (found > 0) {
          const entry = endEntries[--found]!;
          if (guarded[entry] === 0 || guardAllows(guards[entry]!, text, i, ends[found]!)) {
            end = ends[found]!;
            matches.push({ start: i, end, entry });
            break;
          }
        }
        i = end === -1 ? i + 1 : end;
      }
      return matches;
    },
  };
}

/** A term as written: its forms and guard words are folded by createMatcher, white space ignored. */
export interface MatcherTerm extends Guarded {
  forms: readonly string[];
}

/** The key of a form: folded, white space removed. */
export function foldedKey(table: FoldTable, form: string): string {
  let key = '';
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    if (!isSpace(unit)) key += String.fromCharCode(foldUnit(table, unit));
  }
  return key;
}

/**
 * A matcher over a list of terms given by their forms as written.
 * @param terms a form that two terms share belongs to the first, so callers list more specific
 *   sources (a reader's own terms) before general ones.
 */
export function createMatcher(table: FoldTable, terms: readonly MatcherTerm[]): Matcher {
  const key = (form: string) => foldedKey(table, form);
  return createTrieMatcher(
    table,
    buildTrie(terms.map((term) => term.forms.map(key))),
    terms.map((term) => ({ unlessPrecededBy: term.unlessPrecededBy?.map(key), unlessFollowedBy: term.unlessFollowedBy?.map(key) })),
  );
}
