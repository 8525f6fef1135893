import { describe, expect, it } from 'vitest';
import { countTrends, entryTrend, MIN_YEAR_CHARACTERS, withTrends } from '@/glossary/trends';
import { createTermIndex, loadMatchData } from '@/utils/engine/glossary';
import { byRising, encodeSeries, risingScore, roundRate, seriesPoints, trendYears, yearsSeen, type EntryTrend } from '@/utils/engine/trend';
import { bundledGlossary } from './helpers';

const index = createTermIndex(loadMatchData(bundledGlossary().match));
const idsIn = (text: string) => index.matcher.findAll(text).map((m) => index.terms[m.entry]!.id);
/** A text of exactly `size` characters: `body` padded with a filler that holds no glossary form. */
const text = (body: string, size = MIN_YEAR_CHARACTERS) => body + '。'.repeat(size - body.length);

describe('counting a term per source and year', () => {
  it('counts with the matcher over folded text: both scripts, variants, longest match only', () => {
    const trends = countTrends(
      [
        // Traditional and Simplified count alike; 新質生產力 inside the longer 发展新质生产力 is not counted twice.
        { source: 'cctv', date: '2023-05-02', text: text('新質生產力，新质生产力。高质量发展') },
        { source: 'cctv', date: '2024-05-02', text: text('新质生产力') },
        { source: 'cctv', date: '2024-06-02', text: text('') },
      ],
      idsIn,
    );
    expect(trends.sources).toEqual({ cctv: { from: 2023, characters: [MIN_YEAR_CHARACTERS, 2 * MIN_YEAR_CHARACTERS] } });
    expect(trends.counts['new-quality-productive-forces']).toEqual({ cctv: [2, 1] });
    expect(trends.counts['high-quality-development']).toEqual({ cctv: [1, 0] });
    expect(Object.keys(trends.counts)).toHaveLength(2);
  });

  it('leaves a thin year, and a source not shown, as no data; keeps a thin year inside a run', () => {
    const trends = countTrends(
      [
        { source: 'citizen-news', date: '2016-12-30', text: text('新质生产力', 1000) },
        { source: 'citizen-news', date: '2017-01-02', text: text('新质生产力') },
        { source: 'citizen-news', date: '2018-01-02', text: text('新质生产力', 1000) },
        { source: 'citizen-news', date: '2019-01-02', text: text('') },
        { source: 'taiwan', date: '2019-01-02', text: text('新质生产力') },
      ],
      idsIn,
    );
    expect(trends.sources).toEqual({ 'citizen-news': { from: 2017, characters: [MIN_YEAR_CHARACTERS, 1000, MIN_YEAR_CHARACTERS] } });
    expect(trends.counts['new-quality-productive-forces']).toEqual({ 'citizen-news': [1, 1, 0] });
  });
});

describe('the compact encoding an entry ships', () => {
  const trends = {
    sources: { cctv: { from: 2022, characters: [2_000_000, 4_000_000] }, rthk: { from: 2025, characters: [3_000_000] } },
    counts: { a: { cctv: [3, 40] } },
  };

  it('rounds rates to whole numbers from 10 up, two significant figures below', () => {
    expect([roundRate(0), roundRate(1234.4), roundRate(12.34), roundRate(1.234), roundRate(0.01234)]).toEqual([0, 1234, 12, 1.2, 0.012]);
  });

  it('ships every covered source, zeros where the term was not said, and nothing for a term never said', () => {
    expect(entryTrend(trends, 'a')).toEqual({ cctv: [2022, [3, 40], [1.5, 10]], rthk: [2025, [0], [0]] });
    expect(entryTrend(trends, 'b')).toBeUndefined();
    expect(() => encodeSeries(2020, [1, 2], [1])).toThrow();
  });

  it('decodes to points, the years spanned and the years seen', () => {
    const trend = entryTrend(trends, 'a')!;
    expect(seriesPoints(trend.cctv!)).toEqual([
      { year: 2022, count: 3, perMillion: 1.5 },
      { year: 2023, count: 40, perMillion: 10 },
    ]);
    expect(trendYears(trend)).toEqual({ from: 2022, to: 2025 });
    expect(yearsSeen(trend)).toEqual({ first: 2022, last: 2023 });
    expect(yearsSeen({ rthk: [2025, [0], [0]] })).toBeUndefined();
  });

  it('attaches trends to the entries that have one', () => {
    const built = bundledGlossary();
    const glossary = { ...built, entries: built.entries.map(({ trend: _, ...entry }) => entry) };
    const counted = withTrends(glossary, { sources: trends.sources, counts: { 'new-quality-productive-forces': { cctv: [1, 2] } } });
    expect(counted.entries.find((e) => e.id === 'new-quality-productive-forces')!.trend).toEqual({
      cctv: [2022, [1, 2], [0.5, 0.5]],
      rthk: [2025, [0], [0]],
    });
    expect(counted.entries.find((e) => e.id === 'high-quality-development')!.trend).toBeUndefined();
  });
});

describe('rising terms', () => {
  const series = (from: number, perMillion: number[], count = 10): EntryTrend[keyof EntryTrend] => [from, perMillion.map(() => count), perMillion];

  it('compares the last year with the mean of the earlier ones, smoothed', () => {
    expect(risingScore({ cctv: series(2023, [1, 3, 7]) }, 2025)).toBeCloseTo(Math.log2(8 / 3));
    expect(risingScore({ cctv: series(2023, [7, 3, 1]) }, 2025)).toBeCloseTo(Math.log2(2 / 6));
  });

  it('needs enough occurrences, two years, and a source still published', () => {
    expect(risingScore({ cctv: series(2023, [1, 3, 7], 6) }, 2025)).toBeUndefined();
    expect(risingScore({ rthk: series(2024, [1, 7], 50) }, 2025)).toBeUndefined();
    expect(risingScore({ 'citizen-news': series(2017, [1, 1, 9]) }, 2025)).toBeUndefined();
    expect(risingScore(undefined, 2025)).toBeUndefined();
    // The highest of the sources that qualify; one whose last year is the year before still counts.
    expect(risingScore({ cctv: series(2022, [1, 1, 1]), rthk: series(2021, [1, 1, 3]) }, 2024)).toBeCloseTo(1);
  });

  it('orders entries by rise, the latest year being the last one in the corpus', () => {
    const entries = [
      { id: 'flat', trend: { cctv: series(2023, [2, 2, 2]) } },
      { id: 'none' },
      { id: 'up', trend: { cctv: series(2023, [1, 3, 7]) } },
      { id: 'old', trend: { 'citizen-news': series(2017, [1, 1, 9]) } },
      { id: 'down', trend: { cctv: series(2023, [7, 3, 1]) } },
    ];
    expect(byRising(entries).map(({ entry, rise }) => [entry.id, rise === undefined ? undefined : Number(rise.toFixed(2))])).toEqual([
      ['up', 1.42],
      ['flat', 0],
      ['down', -1.58],
      ['none', undefined],
      ['old', undefined],
    ]);
  });
});
