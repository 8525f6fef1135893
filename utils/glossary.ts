/**
 * The compiled glossary as the extension ships it (written by glossary/build.ts) and the lookups
 * built from it at run time. Pure, no DOM.
 *
 * It ships in two parts: the match data (ids, folded keys, guards: all the content script needs to
 * find terms, kept small) and the entries (readings, renderings, explanations: loaded when a popover
 * first needs them).
 */
import { createFoldTable, type FoldTable } from './fold';
import { createMatcher, type Matcher } from './matcher';

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

/** Chinese text in both scripts (the Traditional one derived at build time). */
export type Bilingual = Record<Script, string>;

/** What matching needs of an entry: its forms and guards, folded at build time. */
export interface MatchTerm {
  id: string;
  category: Category;
  /** The folded keys of the Simplified form and the aliases (the Traditional form folds the same). */
  keys: string[];
  unlessPrecededBy?: string[];
  unlessFollowedBy?: string[];
}

export interface MatchData {
  version: 2;
  /** The fold pairs, see glossary/fold-table.ts. */
  foldPairs: string;
  terms: MatchTerm[];
}

export interface GlossaryEntry {
  id: string;
  category: Category;
  hans: string;
  hant: string;
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
}

export interface CompiledGlossary {
  match: MatchData;
  entries: GlossaryEntry[];
}

/**
 * A term the matcher knows: a bundled one, or one of the reader's own (no category; its id starts
 * with "own-").
 */
export type IndexTerm = MatchTerm | (Omit<MatchTerm, 'category'> & { category?: undefined; own: true });

export interface TermIndex {
  fold: FoldTable;
  matcher: Matcher;
  terms: readonly IndexTerm[];
}

export interface IndexOptions {
  /** The fold table, when the caller made it already. */
  fold?: FoldTable;
  /** Terms that come first: a form they share with a bundled term is theirs (the reader's own). */
  prepend?: readonly IndexTerm[];
  /** Bundled entries left out (hidden by the reader, or replaced by an own term). */
  omit?: (id: string) => boolean;
}

export function createTermIndex(data: MatchData, options: IndexOptions = {}): TermIndex {
  const fold = options.fold ?? createFoldTable(data.foldPairs);
  const omit = options.omit;
  const terms = [...(options.prepend ?? []), ...(omit ? data.terms.filter((t) => !omit(t.id)) : data.terms)];
  return {
    fold,
    matcher: createMatcher(
      fold,
      terms.map(({ keys, unlessPrecededBy, unlessFollowedBy }) => ({ forms: keys, unlessPrecededBy, unlessFollowedBy })),
      { folded: true },
    ),
    terms,
  };
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

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/**
 * Guesses the script a passage is written in: Traditional when more than a few of its Han
 * characters fold to another character. A threshold rather than "any", because Simplified text
 * keeps a few characters that fold (著名, 乾隆).
 */
export function detectScript(fold: FoldTable, text: string): Script {
  let han = 0;
  let folded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) continue;
    han++;
    if (fold.units[c] !== 0) folded++;
  }
  return folded > 0 && folded >= han * 0.03 ? 'hant' : 'hans';
}
