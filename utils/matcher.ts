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
 */
import type { FoldTable } from './fold';

export interface Match {
  /** UTF-16 offset of the first unit of the term in the scanned text. */
  start: number;
  /** UTF-16 offset just past the term's last unit. */
  end: number;
  /** Index of the matched entry, as given to createMatcher. */
  entry: number;
}

export interface MatcherTerm {
  /** A form of the term; folded here, white space in it ignored. */
  form: string;
  entry: number;
  /** The match is dropped when the text right before it ends with one of these. */
  unlessPrecededBy?: readonly string[];
  /** The match is dropped when the text right after it starts with one of these. */
  unlessFollowedBy?: readonly string[];
}

interface Guard {
  before: readonly string[];
  after: readonly string[];
}

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Entry whose key ends here, or -1. */
  entry: number;
  guard: Guard | null;
}

export interface Matcher {
  /** Every term in `text`, in order, leftmost-longest and non-overlapping. */
  findAll(text: string): Match[];
}

const SPACE = 0x20;
const newNode = (): TrieNode => ({ children: new Map(), entry: -1, guard: null });

/** Maps white space to one unit the trie never stores, so the scan can pass over it. */
function isSpace(unit: number): boolean {
  return unit === SPACE || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0 || unit === 0x3000;
}

/**
 * @param terms a form listed twice keeps its first entry, so callers list more specific sources
 *   (a reader's own terms) before general ones.
 */
export function createMatcher(table: FoldTable, terms: Iterable<MatcherTerm>): Matcher {
  const fold = (s: string) => {
    const units: number[] = [];
    for (let k = 0; k < s.length; k++) if (!isSpace(s.charCodeAt(k))) units.push(table[s.charCodeAt(k)]!);
    return units;
  };
  const foldString = (s: string) => String.fromCharCode(...fold(s));
  const root = newNode();
  // Units that can start a key: lets the scan skip most positions with one array read.
  const startsKey = new Uint8Array(0x10000);
  for (const term of terms) {
    const units = fold(term.form);
    if (units.length === 0) continue;
    startsKey[units[0]!] = 1;
    let node = root;
    for (const unit of units) {
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = newNode()));
      node = next;
    }
    if (node.entry !== -1) continue;
    node.entry = term.entry;
    if (term.unlessPrecededBy || term.unlessFollowedBy) {
      node.guard = {
        before: (term.unlessPrecededBy ?? []).map(foldString),
        after: (term.unlessFollowedBy ?? []).map(foldString),
      };
    }
  }

  /** Does the folded text at [from, from + word.length) read `word`? */
  const readsAt = (text: string, from: number, word: string) => {
    if (from < 0 || from + word.length > text.length) return false;
    for (let k = 0; k < word.length; k++) {
      if (table[text.charCodeAt(from + k)] !== word.charCodeAt(k)) return false;
    }
    return true;
  };
  const guardAllows = (guard: Guard | null, text: string, start: number, end: number) =>
    !guard ||
    (!guard.before.some((word) => readsAt(text, start - word.length, word)) &&
      !guard.after.some((word) => readsAt(text, end, word)));

  // Candidate ends along the current trie path, longest last; reused across positions.
  const ends: number[] = [];
  const nodes: TrieNode[] = [];

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
        ends.length = 0;
        nodes.length = 0;
        let node = root.children.get(first);
        let j = i + 1;
        while (node) {
          if (node.entry !== -1) {
            ends.push(j);
            nodes.push(node);
          }
          while (j < length && isSpace(text.charCodeAt(j))) j++;
          if (j >= length) break;
          node = node.children.get(table[text.charCodeAt(j)]!);
          j++;
        }
        let matched = false;
        for (let k = ends.length - 1; k >= 0; k--) {
          const candidate = nodes[k]!;
          if (guardAllows(candidate.guard, text, i, ends[k]!)) {
            matches.push({ start: i, end: ends[k]!, entry: candidate.entry });
            i = ends[k]!;
            matched = true;
            break;
          }
        }
        if (!matched) i++;
      }
      return matches;
    },
  };
}
