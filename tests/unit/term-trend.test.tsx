import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BundledGlossary } from '@/components/options/BundledGlossary';
import { TermTrend } from '@/components/TermTrend';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import type { EntryTrend } from '@/utils/engine/trend';
import { foldTable } from './helpers';

const trend: EntryTrend = {
  cctv: [2023, [10, 0, 40], [12, 0, 85]],
  rthk: [2024, [2, 3], [0.8, 1.1]],
};

function mountNode(node: preact.ComponentChild) {
  const root = document.createElement('div');
  render(node, root);
  return root;
}
const mount = (value: EntryTrend) => mountNode(<TermTrend trend={value} />);

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

describe('the bundled glossary, rising terms first', () => {
  const entry = (id: string, trend?: EntryTrend) =>
    ({ id, category: 'economy', hans: id, hant: id, aliases: [], pinyin: '', en: id, meaning: '', zhMeaning: { hans: '', hant: '' }, zhExplanation: { hans: '', hant: '' }, trend }) as unknown as GlossaryEntry;
  const entries = [entry('steady', { cctv: [2023, [20, 20, 20], [5, 5, 5]] }), entry('unseen'), entry('rising', { cctv: [2023, [10, 10, 40], [2, 2, 8]] })];

  it('keeps the glossary order until asked, then puts rising terms first with their rise', async () => {
    const root = mountNode(<BundledGlossary entries={entries} fold={foldTable()} notes={new Map()} hidden={new Set()} onSaveNote={async () => null} onSetHidden={() => {}} language="en" />);
    const order = () => [...root.querySelectorAll('tbody tr[data-entry]')].map((li) => li.getAttribute('data-entry'));
    expect(order()).toEqual(['steady', 'unseen', 'rising']);
    const box = root.querySelector<HTMLInputElement>('input[name="rising"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(order()).toEqual(['rising', 'steady', 'unseen']);
    expect(root.querySelector('[data-entry="rising"] .rise')!.textContent).toBe(' rate ×3.0 on the earlier years');
  });
});
