import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TermTrend } from '@/components/TermTrend';
import type { EntryTrend } from '@/utils/engine/trend';

const trend: EntryTrend = {
  cctv: [2023, [10, 0, 40], [12, 0, 85]],
  rthk: [2024, [2, 3], [0.8, 1.1]],
};

function mount(value: EntryTrend) {
  const root = document.createElement('div');
  render(<TermTrend trend={value} />, root);
  return root;
}

describe('TermTrend', () => {
  it('draws one sparkline per source, over the years of all, with its text alternative', () => {
    const root = mount(trend);
    const lines = [...root.querySelectorAll('svg[role="img"]')];
    expect(lines.map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'CCTV Xinwen Lianbo: 12 per million characters in 2023, 0 in 2024, 85 in 2025',
      'RTHK: 0.8 per million characters in 2024, 1.1 in 2025; no data for 2023',
    ]);
    expect(root.querySelector('.trend-years')!.textContent).toBe('20232025');
    expect(root.querySelector('.trend-seen')!.textContent).toBe('First seen 2023, last seen 2025');
    // A covered year is a point on the line; a year without data is a dotted gap instead.
    expect(lines[0]!.querySelectorAll('circle')).toHaveLength(3);
    expect(lines[1]!.querySelectorAll('circle')).toHaveLength(2);
    expect(lines[1]!.querySelectorAll('line.no-data')).toHaveLength(1);
    expect(lines[0]!.querySelector('polyline')!.getAttribute('points')).toBe('2.5,17.1 60.0,19.5 117.5,2.5');
  });

  it('collapses runs of years without data into ranges', () => {
    const root = mount({ 'citizen-news': [2017, [5, 6], [1, 2]], cctv: [2022, [1, 1, 1, 1], [3, 3, 3, 3]] });
    expect(root.querySelector('[data-source="citizen-news"] svg')!.getAttribute('aria-label')).toBe(
      'Citizen News (HK): 1 per million characters in 2017, 2 in 2018; no data for 2019–2025',
    );
    expect(root.querySelector('[data-source="cctv"] svg')!.getAttribute('aria-label')).toMatch(/no data for 2017–2021$/);
  });
});
