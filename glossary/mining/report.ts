/** The ranked list as TSV (whole, and compact for committing) and as printed lines. Pure. */
import type { Candidate } from './rank';
import type { Spread } from './spread';

export interface Ranked {
  /** Its place in the whole ranked list, from 1. */
  rank: number;
  candidate: Candidate;
  /** The candidate as first written in the corpus (the term is its folded key). */
  written: string;
  /** "covered by <id>", "part of <id>", "extends <id>" or "NEW" (coverage.ts) */
  status: string;
  spread: Spread;
}

/** Counts per source and year, "cctv 2023:41 cctv 2024:12 …" sorted. */
const countsText = (spread: Spread) =>
  [...spread.counts].sort(([a], [b]) => a.localeCompare(b)).map(([bucket, n]) => `${bucket}:${n}`).join(' ');

/** Totals per source, "cctv:53 rthk:4". */
function sourceTotals(spread: Spread): string {
  const totals = new Map<string, number>();
  for (const [bucket, n] of spread.counts) totals.set(bucket.split(' ')[0]!, (totals.get(bucket.split(' ')[0]!) ?? 0) + n);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([source, n]) => `${source}:${n}`).join(' ');
}

/** Occurrences in the whole corpus (the ranking counts only the ranked texts). */
const total = (spread: Spread) => [...spread.counts.values()].reduce((a, b) => a + b, 0);

const clean = (text: string) => text.replace(/[\t\n]/g, ' ');
const fixed = (x: number) => x.toFixed(2);

export function fullTsv(rows: readonly Ranked[]): string {
  const head = 'rank\tterm\tkey\tstatus\tscore\tcount\tranked_count\tquoted\tslogan\tlift\tleft_entropy\tright_entropy\tfirst_year\tlast_year\tper_source_year\texample_source\texample_date\texample';
  return [
    head,
    ...rows.map(({ rank, candidate: c, written, status, spread: s }) =>
      [rank, written, c.term, status, fixed(c.score), total(s), c.count, c.quoted, c.slogan ? 'yes' : '', fixed(c.lift), fixed(c.leftEntropy),
        fixed(c.rightEntropy), s.firstYear, s.lastYear, countsText(s), s.example?.doc.source ?? '', s.example?.doc.date ?? '',
        clean(s.example?.sentence ?? '')].join('\t')),
  ].join('\n') + '\n';
}

/** Strings and counts only (no text of the sources): the list writers work from, committed. */
export function compactTsv(rows: readonly Ranked[]): string {
  return [
    'rank\tterm\tstatus\tcount\tquoted\tfirst_year\tlast_year\tper_source',
    ...rows.map(({ rank, candidate: c, written, status, spread: s }) =>
      [rank, written, status, total(s), c.quoted, s.firstYear, s.lastYear, sourceTotals(s)].join('\t')),
  ].join('\n') + '\n';
}

export function printedLine({ rank, candidate: c, written, status, spread: s }: Ranked): string {
  return `${String(rank).padStart(5)}  ${written}  ${status}  ×${total(s)}${c.quoted ? ` (quoted ${c.quoted})` : ''}  ${s.firstYear}–${s.lastYear}  ${sourceTotals(s)}`;
}

/** The source where a candidate is densest: its occurrences there per unit of that source's text. */
export function mainSource(spread: Spread, sizes: ReadonlyMap<string, number>): string {
  const density = new Map<string, number>();
  for (const [bucket, n] of spread.counts) {
    const source = bucket.split(' ')[0]!;
    density.set(source, (density.get(source) ?? 0) + n / (sizes.get(source) ?? 1));
  }
  return [...density].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', -1])[0];
}

/**
 * The top `n`, taken in turn from each source's own ranking (a candidate belongs to the source
 * where it is densest), so that the largest source, Hong Kong's general news, does not fill the
 * list that mainland formulations should share.
 */
export function balanced(rows: readonly Ranked[], n: number, sizes: ReadonlyMap<string, number>): Ranked[] {
  const queues = new Map<string, Ranked[]>();
  for (const row of rows) {
    const source = mainSource(row.spread, sizes);
    if (!queues.has(source)) queues.set(source, []);
    queues.get(source)!.push(row);
  }
  const picked: Ranked[] = [];
  for (let i = 0; picked.length < Math.min(n, rows.length); i++) {
    for (const queue of queues.values()) if (i < queue.length && picked.length < n) picked.push(queue[i]!);
  }
  return picked.sort((a, b) => a.rank - b.rank);
}
