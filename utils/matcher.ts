/**
 * The matching engine: finds glossary terms in a string. Pure TypeScript, no DOM, so it runs the
 * same in the content script, the scan CLI, the benchmark and unit tests.
 *
 * Terms are stored as folded keys (see fold.ts) in a trie keyed by UTF-16 units. The text is
 * folded unit by unit while it is read, so no folded copy of the page is made. At each position
 * the longest term starting there wins, and the scan resumes after it (leftmost-longest,
 * non-overlapping: 新發展理念 beats 發展理念).
 */
import type { FoldTable } from './fold';

export interface Match {
  /** UTF-16 offset of the first unit of the term in the scanned text. */
  start: number;
  /** UTF-16 offset just past the term. */
  end: number;
  /** Index of the matched entry, as given to createMatcher. */
  entry: number;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Entry whose key ends here, or -1. */
  entry: number;
}

export interface Matcher {
  /** Every term in `text`, in order, leftmost-longest and non-overlapping. */
  findAll(text: string): Match[];
}

/**
 * @param keys pairs of [folded key, entry index]. A key listed twice keeps its first entry, so
 *   callers list more specific sources (a reader's own terms) before general ones.
 */
export function createMatcher(table: FoldTable, keys: Iterable<readonly [string, number]>): Matcher {
  const root: TrieNode = { children: new Map(), entry: -1 };
  // Units that can start a key: lets the scan skip most positions with one array read.
  const startsKey = new Uint8Array(0x10000);
  for (const [key, entry] of keys) {
    if (!key) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = table[key.charCodeAt(i)]!;
      if (i === 0) startsKey[unit] = 1;
      let next = node.children.get(unit);
      if (!next) {
        next = { children: new Map(), entry: -1 };
        node.children.set(unit, next);
      }
      node = next;
    }
    if (node.entry === -1) node.entry = entry;
  }

  return {
    findAll(text) {
      const matches: Match[] = [];
      const length = text.length;
      let i = 0;
      while (i < length) {
        const first = table[text.charCodeAt(i)]!;
        if (startsKey[first] === 0) {
          i++;
          continue;
        }
        let node = root.children.get(first);
        let bestEnd = -1;
        let bestEntry = -1;
        let j = i + 1;
        while (node) {
          if (node.entry !== -1) {
            bestEnd = j;
            bestEntry = node.entry;
          }
          if (j >= length) break;
          node = node.children.get(table[text.charCodeAt(j)]!);
          j++;
        }
        if (bestEnd === -1) {
          i++;
        } else {
          matches.push({ start: i, end: bestEnd, entry: bestEntry });
          i = bestEnd;
        }
      }
      return matches;
    },
  };
}
