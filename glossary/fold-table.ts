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

/** The characters only one script writes: evidence of a passage's script (see utils/script.ts). */
export interface ScriptMarks {
  /** Simplified characters that Traditional text never uses (发, 链, 这). */
  hans: string;
  /** Traditional characters that Simplified text never uses (發, 鏈, 這). */
  hant: string;
}

/**
 * A character is exclusive to one script when OpenCC converts it to the other script and never
 * keeps it as it is: 发 → 發/髮 (Simplified only), 發 → 发 (Traditional only); 同 → 同/衕 and
 * 著 → 着/著 are written in both.
 */
export function buildScriptMarks(dictionaries: Pick<Record<FoldSource, string>, 'STCharacters' | 'TSCharacters'>): ScriptMarks {
  const exclusive = (dictionary: string) =>
    parseOpenccDictionary(dictionary)
      .filter(([key, candidates]) => isBmpChar(key) && !candidates.includes(key))
      .map(([key]) => key)
      .join('');
  return { hans: exclusive(dictionaries.STCharacters), hant: exclusive(dictionaries.TSCharacters) };
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
  // A class keeps at most one Simplified-only character: 鍊 may be written 炼 or 链, but joining
  // both through it would make 炼 (smelt) and 链 (chain) one key, and 产业链 would match 产业炼.
  const simplifiedOnly = new Set(buildScriptMarks(dictionaries).hans);
  const simplifiedOf = new Map<string, string>(); // root → its Simplified-only member
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const sa = simplifiedOf.get(ra) ?? (simplifiedOnly.has(ra) ? ra : undefined);
    const sb = simplifiedOf.get(rb) ?? (simplifiedOnly.has(rb) ? rb : undefined);
    if (sa !== undefined && sb !== undefined && sa !== sb) return;
    parent.set(ra, rb);
    const s = sa ?? sb;
    if (s !== undefined) simplifiedOf.set(rb, s);
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
