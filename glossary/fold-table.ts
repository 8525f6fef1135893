/**
 * Builds the character fold used as the matching key: every Traditional, Simplified, Hong Kong
 * and Taiwan variant of a character maps to one representative, so 產/産/产 or 說/説/说 compare
 * equal. Only BMP characters are paired, so folding never changes a string's UTF-16 length and
 * match offsets in the folded text are offsets in the page text.
 *
 * Built from OpenCC's raw dictionaries with every candidate, not only the first (the first-only
 * copy inside opencc-js misses 瞭→了, 覆→复 and the like): see ../shared/research/opencc.md §2.
 */

/** Dictionaries whose entries say "these characters are spellings of one another". */
export const FOLD_SOURCES = [
  'TSCharacters',
  'STCharacters',
  'HKVariants',
  'HKVariantsRev',
  'TWVariants',
  'TWVariantsRev',
] as const;

export type FoldSource = (typeof FOLD_SOURCES)[number];

const isBmpChar = (s: string) => s.length === 1 && !(s >= '\ud800' && s <= '\udfff');

/** Parses OpenCC's `key<TAB>candidate candidate…` format into [key, candidates] rows. */
export function parseOpenccDictionary(text: string): [string, string[]][] {
  const rows: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [key, values] = line.split('\t');
    if (key && values) rows.push([key, values.trim().split(/\s+/)]);
  }
  return rows;
}

/**
 * Returns the fold as one string of pairs "from to from to …" without separators: char 2k maps
 * to char 2k+1. Identity pairs are left out. The representative of each class of equivalent
 * characters is the Simplified character that OpenCC's T→S table names first most often, so the
 * key reads as Simplified wherever OpenCC agrees.
 */
export function buildFoldPairs(dictionaries: Record<FoldSource, string>): string {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let root = c;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(c, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };

  const simplifiedVotes = new Map<string, number>();
  for (const source of FOLD_SOURCES) {
    for (const [key, candidates] of parseOpenccDictionary(dictionaries[source])) {
      if (!isBmpChar(key)) continue;
      for (const candidate of candidates) if (isBmpChar(candidate)) union(key, candidate);
      const first = candidates[0];
      if (source === 'TSCharacters' && first && isBmpChar(first)) {
        simplifiedVotes.set(first, (simplifiedVotes.get(first) ?? 0) + 1);
      }
    }
  }

  const classes = new Map<string, string[]>();
  for (const c of parent.keys()) {
    const root = find(c);
    const members = classes.get(root) ?? [];
    members.push(c);
    classes.set(root, members);
  }

  let pairs = '';
  for (const members of classes.values()) {
    members.sort();
    let best = members[0]!;
    for (const m of members) {
      if ((simplifiedVotes.get(m) ?? 0) > (simplifiedVotes.get(best) ?? 0)) best = m;
    }
    for (const m of members) if (m !== best) pairs += m + best;
  }
  return pairs;
}
