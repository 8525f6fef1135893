/**
 * A term's rise and fall in the mined news corpus (glossary/trends.json, made by `npm run trends`):
 * how often it was said per year, per million characters of that year's text, per source. Pure.
 *
 * An entry ships its trend compactly, one tuple per source: [first year, counts, rates], the
 * arrays running over the source's covered years in order. A year outside that run is "no data"
 * (the source did not publish then, or too little of it was mined), never zero.
 */

/** The mined sources, in the order they are shown. */
export const TREND_SOURCES = ['cctv', 'citizen-news', 'rthk'] as const;
export type TrendSource = (typeof TREND_SOURCES)[number];

/** [first covered year, occurrences per year, occurrences per million characters per year]. */
export type TrendSeries = [from: number, counts: number[], perMillion: number[]];
export type EntryTrend = Partial<Record<TrendSource, TrendSeries>>;

export interface TrendPoint {
  year: number;
  count: number;
  perMillion: number;
}

/** Whole numbers from 10 up, two significant figures below: the precision a sparkline and a sentence need, in few characters. */
export function roundRate(rate: number): number {
  if (rate === 0) return 0;
  const digits = Math.max(0, 1 - Math.floor(Math.log10(rate)));
  return Number(rate.toFixed(digits));
}

/** One source's series from its counts and character totals over the same covered years. */
export function encodeSeries(from: number, counts: readonly number[], characters: readonly number[]): TrendSeries {
  if (counts.length !== characters.length) throw new Error('a trend needs one character total per count');
  return [from, [...counts], counts.map((count, i) => roundRate((count * 1e6) / characters[i]!))];
}

/** The covered years of a series, in order. */
export function seriesPoints([from, counts, perMillion]: TrendSeries): TrendPoint[] {
  return counts.map((count, i) => ({ year: from + i, count, perMillion: perMillion[i]! }));
}

/** The years a trend spans (every source together), or undefined for none. */
export function trendYears(trend: EntryTrend): { from: number; to: number } | undefined {
  const series = Object.values(trend);
  if (series.length === 0) return undefined;
  return {
    from: Math.min(...series.map(([from]) => from)),
    to: Math.max(...series.map(([from, counts]) => from + counts.length - 1)),
  };
}

/** The first and last year the term was said in any source, or undefined if never. */
export function yearsSeen(trend: EntryTrend): { first: number; last: number } | undefined {
  const said = Object.values(trend).flatMap((s) => seriesPoints(s).filter((p) => p.count > 0).map((p) => p.year));
  return said.length === 0 ? undefined : { first: Math.min(...said), last: Math.max(...said) };
}

/** Fewer occurrences than this in a source say too little about a direction. */
export const RISING_MIN_COUNT = 20;
/** Added to both rates (per million characters), so a rare term's jump from 0.1 to 0.5 is not a fivefold rise. */
const RISING_SMOOTHING = 1;

/**
 * Covered years a source needs: a last year and at least two before it. Two partial years of
 * different seasons (RTHK's Oct–Dec 2024 against its Jan–Apr 2025) would rank the terms of spring's
 * events as rising.
 */
export const RISING_MIN_YEARS = 3;

/**
 * How much a term is rising: on each source still published (its last covered year at most one
 * year before the corpus's last), with at least RISING_MIN_COUNT occurrences and RISING_MIN_YEARS
 * covered years, log2 of its rate in its last year over its mean rate in the earlier years (both
 * plus one per million); the highest of these. Undefined where no source qualifies.
 */
export function risingScore(trend: EntryTrend | undefined, latestYear: number): number | undefined {
  let best: number | undefined;
  for (const series of Object.values(trend ?? {})) {
    const points = seriesPoints(series);
    const last = points.at(-1);
    const total = points.reduce((sum, p) => sum + p.count, 0);
    if (!last || points.length < RISING_MIN_YEARS || last.year < latestYear - 1 || total < RISING_MIN_COUNT) continue;
    const earlier = points.slice(0, -1).reduce((sum, p) => sum + p.perMillion, 0) / (points.length - 1);
    const score = Math.log2((last.perMillion + RISING_SMOOTHING) / (earlier + RISING_SMOOTHING));
    best = best === undefined ? score : Math.max(best, score);
  }
  return best;
}

/**
 * Entries with a rising score first, highest first; the others after them in their own order.
 * The latest year is the corpus's, taken from the entries' trends.
 */
export function byRising<T extends { trend?: EntryTrend }>(entries: readonly T[]): { entry: T; rise?: number }[] {
  const latest = Math.max(...entries.map((e) => (e.trend ? (trendYears(e.trend)?.to ?? -Infinity) : -Infinity)));
  const scored = entries.map((entry) => ({ entry, rise: risingScore(entry.trend, latest) }));
  return [...scored.filter((s) => s.rise !== undefined).sort((a, b) => b.rise! - a.rise!), ...scored.filter((s) => s.rise === undefined)];
}
