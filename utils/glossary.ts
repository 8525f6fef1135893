/**
 * The compiled glossary as the extension ships it (written by glossary/build.ts) and the lookups
 * built from it at run time. Pure, no DOM.
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

export interface GlossaryEntry {
  id: string;
  category: Category;
  /** Simplified form. */
  hans: string;
  /** Traditional (Hong Kong / Taiwan) form. */
  hant: string;
  /** Other forms that match: abbreviations, variants. */
  aliases: string[];
  /** Tone-marked pinyin, syllables separated by spaces. */
  pinyin: string;
  jyutping: string;
  en: string;
  status: RenderingStatus;
  meaning: string;
  firstUse?: { date: string; occasion: string };
  related: string[];
  sources: { title: string; url?: string }[];
}

export interface CompiledGlossary {
  version: 1;
  /** The fold pairs, see glossary/fold-table.ts. */
  foldPairs: string;
  entries: GlossaryEntry[];
}

export type Script = 'hans' | 'hant';

export interface TermIndex {
  fold: FoldTable;
  matcher: Matcher;
  entries: readonly GlossaryEntry[];
  byId: ReadonlyMap<string, GlossaryEntry>;
}

/** Every form of an entry that should match on a page. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.hans, entry.hant, ...entry.aliases];
}

export function createTermIndex(glossary: CompiledGlossary): TermIndex {
  const fold = createFoldTable(glossary.foldPairs);
  const keys: [string, number][] = [];
  glossary.entries.forEach((entry, i) => {
    for (const form of formsOf(entry)) keys.push([form, i]);
  });
  return {
    fold,
    matcher: createMatcher(fold, keys),
    entries: glossary.entries,
    byId: new Map(glossary.entries.map((e) => [e.id, e])),
  };
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
    if (fold[c] !== c) folded++;
  }
  return folded > 0 && folded >= han * 0.03 ? 'hant' : 'hans';
}
