/**
 * A term's rise and fall in the mined news: one sparkline per source (inline SVG), over the years
 * every source together covers, with a gap where a source has no data. Each line's text
 * alternative says the rate in every year it covers and the years without data. Props only.
 */
import { t, type MessageKey } from '@/utils/i18n';
import { seriesPoints, trendYears, TREND_SOURCES, yearsSeen, type EntryTrend, type TrendPoint } from '@/utils/engine/trend';

const WIDTH = 120;
const HEIGHT = 22;
const PAD = 2.5;

/** Years as ranges: 2017, 2018, 2019, 2021 → "2017–2019, 2021". */
function yearRanges(years: number[]): string {
  const runs: [number, number][] = [];
  for (const year of years) {
    const run = runs.at(-1);
    if (run && run[1] === year - 1) run[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(t('trendSeparator'));
}

/** "CCTV: 12 per million characters in 2023, 85 in 2025; no data for 2017–2021". */
function trendText(source: string, points: TrendPoint[], noData: number[]): string {
  const rates = points
    .map((p, i) => (i === 0 ? t('trendFirstRate', p.perMillion, p.year) : t('trendNextRate', p.perMillion, p.year)))
    .join(t('trendSeparator'));
  return noData.length > 0 ? t('trendRowGap', source, rates, t('trendNoData', yearRanges(noData))) : t('trendRow', source, rates);
}

export function TermTrend({ trend }: { trend: EntryTrend }) {
  const span = trendYears(trend);
  if (!span) return null;
  const years = Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
  const x = (year: number) => PAD + ((year - span.from) / Math.max(1, span.to - span.from)) * (WIDTH - 2 * PAD);
  const seen = yearsSeen(trend);
  return (
    <figure class="trend">
      <figcaption class="label">{t('trendHeading')}</figcaption>
      {TREND_SOURCES.map((source) => {
        const series = trend[source];
        if (!series) return null;
        const points = seriesPoints(series);
        const peak = Math.max(...points.map((p) => p.perMillion));
        const y = (rate: number) => HEIGHT - PAD - (peak > 0 ? rate / peak : 0) * (HEIGHT - 2 * PAD);
        const covered = new Set(points.map((p) => p.year));
        const noData = years.filter((year) => !covered.has(year));
        const name = t(`trendSource_${source.replace('-', '_')}` as MessageKey);
        return (
          <div class="trend-row" key={source} data-source={source}>
            <span class="trend-source" aria-hidden="true">
              {name}
            </span>
            <svg
              class="sparkline"
              role="img"
              aria-label={trendText(name, points, noData)}
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              width={WIDTH}
              height={HEIGHT}
            >
              {/* A dotted baseline under the years without data: a gap, not a zero. */}
              {noData.map((year) => (
                <line class="no-data" key={year} x1={x(year) - 3} x2={x(year) + 3} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
              ))}
              <polyline points={points.map((p) => `${x(p.year).toFixed(1)},${y(p.perMillion).toFixed(1)}`).join(' ')} />
              {points.map((p) => (
                <circle key={p.year} cx={x(p.year)} cy={y(p.perMillion)} r={1.6} />
              ))}
            </svg>
            <span class="trend-peak" aria-hidden="true">
              {peak}
            </span>
          </div>
        );
      })}
      <div class="trend-years" aria-hidden="true">
        <span>{span.from}</span>
        <span>{span.to}</span>
      </div>
      {seen && <p class="trend-seen">{t('trendSeen', seen.first, seen.last)}</p>}
    </figure>
  );
}
