/**
 * glossary/trends.json: how often each entry was said per year in the mined corpus, with the
 * characters mined per year, per source. Made by `npm run trends` from the corpus (which is never
 * committed); committed itself, so the build attaches each entry's trend without the corpus.
 * Counting and attaching are pure; reading the file is the one side effect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledGlossary } from '../utils/engine/glossary';
import { encodeSeries, TREND_SOURCES, type EntryTrend, type TrendSource } from '../utils/engine/trend';
export const TRENDS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'trends.json');

/**
 * A year with fewer mined characters than this is "no data" for its source (Citizen News's few
 * articles of early January 2022 would give a rate out of a handful of texts).
 */
export const MIN_YEAR_CHARACTERS = 500_000;

export interface TrendsFile {
  $comment: string;
  /** Per source, its covered years: the first, and the characters mined in each. */
  sources: Partial<Record<TrendSource, { from: number; characters: number[] }>>;
  /** Per entry id, per source where it was said: occurrences in each covered year. */
  counts: Record<string, Partial<Record<TrendSource, number[]>>>;
}

/** The counts without the file's comment: what the counting gives and the build reads. */
export type TrendCounts = Omit<TrendsFile, '$comment'>;

/** What the counting needs of a text. */
export interface CountedText {
  /** A source other than TREND_SOURCES is not shown, so not counted. */
  source: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
}

/**
 * Counts every occurrence of every entry (`idsIn` gives the entry id of each occurrence in a
 * text, by the project's matcher: leftmost-longest over folded text) per source and year.
 */
export function countTrends(texts: Iterable<CountedText>, idsIn: (text: string) => string[]): TrendCounts {
  const characters = new Map<string, Map<number, number>>();
  const counts = new Map<string, Map<string, Map<number, number>>>();
  const add = <K,>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const { source, date, text } of texts) {
    if (!(TREND_SOURCES as readonly string[]).includes(source)) continue;
    const year = Number(date.slice(0, 4));
    const perYear = characters.get(source) ?? characters.set(source, new Map()).get(source)!;
    add(perYear, year, text.length);
    for (const id of idsIn(text)) {
      const bySource = counts.get(id) ?? counts.set(id, new Map()).get(id)!;
      add(bySource.get(source) ?? bySource.set(source, new Map()).get(source)!, year, 1);
    }
  }

  const sources: TrendsFile['sources'] = {};
  for (const source of TREND_SOURCES) {
    const years = [...(characters.get(source) ?? [])].filter(([, n]) => n >= MIN_YEAR_CHARACTERS).map(([year]) => year);
    if (years.length === 0) continue;
    const from = Math.min(...years);
    const run = Array.from({ length: Math.max(...years) - from + 1 }, (_, i) => from + i);
    sources[source] = { from, characters: run.map((year) => characters.get(source)!.get(year) ?? 0) };
  }
  const out: TrendsFile['counts'] = {};
  for (const id of [...counts.keys()].sort()) {
    const entry: Partial<Record<TrendSource, number[]>> = {};
    for (const source of TREND_SOURCES) {
      const covered = sources[source];
      const perYear = counts.get(id)!.get(source);
      if (!covered || !perYear) continue;
      const series = covered.characters.map((_, i) => perYear.get(covered.from + i) ?? 0);
      if (series.some((n) => n > 0)) entry[source] = series;
    }
    if (Object.keys(entry).length > 0) out[id] = entry;
  }
  return { sources, counts: out };
}

/**
 * An entry's trend as it ships: every covered source (zeros where it was not said there, so the
 * reader sees it was looked for), or undefined for an entry never said in the corpus.
 */
export function entryTrend(trends: TrendCounts, id: string): EntryTrend | undefined {
  const counts = trends.counts[id];
  if (!counts) return undefined;
  const trend: EntryTrend = {};
  for (const source of TREND_SOURCES) {
    const covered = trends.sources[source];
    if (covered) trend[source] = encodeSeries(covered.from, counts[source] ?? covered.characters.map(() => 0), covered.characters);
  }
  return trend;
}

/** The glossary with each entry's trend attached (entries added since the last count have none). */
export function withTrends(glossary: CompiledGlossary, trends: TrendCounts): CompiledGlossary {
  return {
    ...glossary,
    entries: glossary.entries.map((entry) => {
      const trend = entryTrend(trends, entry.id);
      return trend ? { ...entry, trend } : entry;
    }),
  };
}

/** The committed counts. */
export function readTrends(file = TRENDS_FILE): TrendCounts {
  return JSON.parse(readFileSync(file, 'utf8')) as TrendsFile;
}
