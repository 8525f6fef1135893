/**
 * The compiled glossary as the extension ships it (written by glossary/build.ts) and the lookups
 * built from it at run time. Pure, no DOM.
 *
 * It ships in two parts: the match data (ids, folded keys, guards: all the content script needs to
 * find terms, kept small) and the entries (readings, renderings, explanations: loaded when a popover
 * first needs them).
 */
import type { ScriptMarks } from '@/glossary/fold-table';
import { createFoldTable, type FoldTable } from './fold';
import { createScriptTable, type ScriptTable } from './script';
import { createTrieMatcher, firstNodesOf, type Matcher } from './matcher';
import type { EntryTrend } from './trend';
import { buildTrie, mergeTries, unpackTrie, type PackedTrie, type Trie } from './trie';

export const CATEGORIES = {
  economy: 'Economy & finance',
  technology: 'Science, technology & industry',
  party: 'Party, ideology & discipline',
  governance: 'Governance & law',
  diplomacy: 'Diplomacy & foreign policy',
  military: 'Military & security',
  'hong-kong': 'Hong Kong, Macau & the Greater Bay Area',
  'cross-strait': 'Cross-strait',
  environment: 'Environment & energy',
  society: 'Society, welfare & rural policy',
  idioms: 'Set phrases & idioms',
} as const;

export type Category = keyof typeof CATEGORIES;

/** official: used in official English texts; common: usual in media; literal: ours. */
export type RenderingStatus = 'official' | 'common' | 'literal';

export type Script = 'hans' | 'hant';

/**
 * Chinese text in both scripts (the Traditional one derived at build time), and in Taiwan's
 * standard Traditional characters where they differ from Hong Kong's (裡/裏, 著/着).
 */
export type Bilingual = Record<Script, string> & { tw?: string };

/** What matching needs of an entry besides its keys (which are in the trie): its guards, folded at build time. */
export interface MatchTerm {
  id: string;
  category: Category;
  unlessPrecededBy?: string[];
  unlessFollowedBy?: string[];
}

export interface MatchData {
  version: 4;
  /** The fold pairs, see glossary/fold-table.ts. */
  foldPairs: string;
  /** The characters only one script writes, to tell a passage's script (utils/script.ts). */
  scriptMarks: ScriptMarks;
  /**
   * The folded keys of every term (Simplified form and aliases; the Traditional form folds the
   * same), the trie's entry numbers indexing `terms`. Built here so a page only decodes it.
   */
  trie: PackedTrie;
  terms: MatchTerm[];
}

export interface GlossaryEntry {
  id: string;
  category: Category;
  hans: string;
  hant: string;
  /** The Traditional form in Taiwan's standard characters, where it differs from `hant`. */
  tw?: string;
  /** Other forms that match: abbreviations, variants. */
  aliases: string[];
  /** Tone-marked pinyin, syllables separated by spaces. */
  pinyin: string;
  jyutping: string;
  en: string;
  status: RenderingStatus;
  /** One line, English. */
  meaning: string;
  explanation: string;
  zhMeaning: Bilingual;
  zhExplanation: Bilingual;
  /** The members of a numbered slogan (四个全面). */
  members?: Bilingual[];
  firstUse?: { date: string; occasion: string };
  related: string[];
  sources: { title: string; url?: string }[];
  example?: { zh: Bilingual; en?: string; source?: string };
  /** How often it was said per year in the mined news (utils/engine/trend.ts); absent if never. */
  trend?: EntryTrend;
}

export interface CompiledGlossary {
  match: MatchData;
  entries: GlossaryEntry[];
}

/**
 * A term the matcher knows: a bundled one, or one of the reader's own (no category; its id starts
 * with "own-").
 */
export type IndexTerm = MatchTerm | OwnIndexTerm;

/** One of the reader's own terms: its keys are folded on the page, into a trie of their own. */
export interface OwnIndexTerm extends Omit<MatchTerm, 'category'> {
  category?: undefined;
  own: true;
  keys: string[];
}

export interface TermIndex {
  fold: FoldTable;
  /** Tells a passage's script (utils/script.ts). */
  scripts: ScriptTable;
  matcher: Matcher;
  terms: readonly IndexTerm[];
}

/**
 * The bundled match data ready to match: decoded from its JSON form (loadMatchData), or read as a
 * page gets it, its tables made at build time (match-file.ts).
 */
export interface LoadedMatch {
  terms: readonly MatchTerm[];
  fold: FoldTable;
  scripts: ScriptTable;
  trie: Trie;
  /** The trie's first nodes by raw unit (matcher.ts, firstNodesOf). */
  firstNode: Uint16Array;
}

export function loadMatchData(data: MatchData): LoadedMatch {
  const fold = createFoldTable(data.foldPairs);
  const trie = unpackTrie(data.trie);
  return { terms: data.terms, fold, scripts: createScriptTable(data.scriptMarks), trie, firstNode: firstNodesOf(fold, trie) };
}

export interface IndexOptions {
  /** Terms that come first: a form they share with a bundled term is theirs (the reader's own). */
  prepend?: readonly OwnIndexTerm[];
  /** Bundled entries left out (hidden by the reader, or replaced by an own term); leave it out when there are none. */
  omit?: (id: string) => boolean;
}

/** The index of `match`, which it leaves as it is (a page builds it again when the reader's own terms change). */
export function createTermIndex(match: LoadedMatch, options: IndexOptions = {}): TermIndex {
  const { fold, scripts } = match;
  const own = options.prepend ?? [];
  const terms: readonly IndexTerm[] = own.length > 0 ? [...own, ...match.terms] : match.terms;
  let trie = own.length > 0 ? mergeTries(buildTrie(own.map((term) => term.keys)), match.trie, own.length) : match.trie;
  const omit = options.omit;
  if (omit) {
    const entryOf = trie.entryOf.slice();
    const omitted = terms.map((term) => !('own' in term) && omit(term.id));
    for (let node = 0; node < entryOf.length; node++) if (omitted[entryOf[node]!]) entryOf[node] = -1;
    trie = { ...trie, entryOf };
  }
  // Merging moves the nodes; omitting entries does not.
  const firstNode = own.length > 0 ? undefined : match.firstNode;
  return { fold, scripts, matcher: createTrieMatcher(fold, trie, terms, firstNode), terms };
}

/** An entry's meaning and explanation in the reader's language ('en', or Chinese in a script), with its lang tag. */
export function explanationIn(entry: GlossaryEntry, language: 'en' | Script) {
  if (language === 'en') return { meaning: entry.meaning, explanation: entry.explanation, lang: 'en' };
  return {
    meaning: entry.zhMeaning[language],
    explanation: entry.zhExplanation[language],
    lang: language === 'hans' ? 'zh-Hans' : 'zh-Hant',
  };
}

/** Every form of an entry that matches on a page. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.hans, entry.hant, ...entry.aliases];
}

/**
 * Whether the reader gets Taiwan's standard characters: the page says so (zh-TW, zh-Hant-TW), a
 * Hong Kong or Macau page says otherwise, and on other pages the browser's language decides.
 */
export function prefersTaiwanForms(pageLang: string, uiLanguage: string): boolean {
  if (/-TW\b/i.test(pageLang)) return true;
  if (/-(HK|MO)\b/i.test(pageLang)) return false;
  return /^zh-TW\b/i.test(uiLanguage);
}

/**
 * The entry as a Taiwanese reader should see it: every Traditional text in Taiwan's standard
 * characters (entries written in Taiwan's wording already are). Components then show `hant`.
 */
export function inTaiwanForms(entry: GlossaryEntry): GlossaryEntry {
  const tw = (text: Bilingual): Bilingual => (text.tw === undefined ? text : { ...text, hant: text.tw });
  return {
    ...entry,
    hant: entry.tw ?? entry.hant,
    zhMeaning: tw(entry.zhMeaning),
    zhExplanation: tw(entry.zhExplanation),
    ...(entry.members && { members: entry.members.map(tw) }),
    ...(entry.example && { example: { ...entry.example, zh: tw(entry.example.zh) } }),
  };
}
