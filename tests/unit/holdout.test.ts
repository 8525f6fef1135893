import { describe, expect, it } from 'vitest';
import { citizenNewsId, loadLabels, parseLabels } from '@/glossary/holdout/labels';
import { precision, recall, score } from '@/glossary/holdout/score';
import { rssItemText, visibleText } from '@/glossary/holdout/texts';
import { isOwnHeldOut } from '@/glossary/mining/held-out';

// A stand-in for the matcher's fold: two Traditional characters only.
const fold = (text: string) => text.replace(/發/g, '发').replace(/臺/g, '台');
const doc = (region: string, formulations: string[], notFormulations: string[] = []) => ({
  id: `${region}-${formulations.length}`,
  region,
  formulations,
  notFormulations,
});

describe('held-out scoring', () => {
  const [mainland, taiwan] = score(
    [
      // 高质量发展 found as itself, 新发展格局 through a longer mark, 共同富裕 missed.
      { doc: doc('mainland', ['高质量发展', '新发展格局', '共同富裕'], ['经济']), marks: ['高质量發展', '加快构建新发展格局', '经济', '党中央'] },
      { doc: doc('taiwan', ['臺海現狀']), marks: ['台海現狀', '台海現狀'] },
    ],
    fold,
  );

  it('counts a label as found when a mark equals or covers it, across scripts', () => {
    expect([mainland!.found, mainland!.labels]).toEqual([2, 3]);
    expect([...mainland!.missing.keys()]).toEqual(['共同富裕']);
    expect(recall(taiwan!)).toBe(1);
  });

  it('judges marks by the labels and leaves the rest for a human', () => {
    expect([mainland!.judgedFormulation, mainland!.judgedNot]).toEqual([2, 1]);
    expect(precision(mainland!)).toBeCloseTo(2 / 3);
    expect([...mainland!.unjudged]).toEqual([['党中央', ['mainland-3']]]);
    expect(taiwan!.marks).toBe(1);
  });
});

describe('held-out texts', () => {
  it('reads what a reader sees: no tags, no link targets, entities decoded', () => {
    expect(visibleText('[原文](https://tv.cctv.com/x) 中国<span style="x">—</span>中亚&nbsp;峰会')).toBe('[原文] 中国—中亚 峰会');
    const xml = '<item><title>標題</title><link>https://news.rthk.hk/k2/123-20250414.htm</link><description>&lt;p&gt;一國兩制&lt;/p&gt;</description></item>';
    expect(rssItemText(xml, '123')).toBe('標題\n一國兩制');
    expect(rssItemText(xml, '124')).toBeUndefined();
  });
});

describe('held-out labels', () => {
  it('come only from our own held-out split, each document once', () => {
    const documents = loadLabels();
    expect(documents.length).toBeGreaterThan(0);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    for (const d of documents) expect(isOwnHeldOut(d.source, d.date, citizenNewsId(d)), d.id).toBe(true);
  });

  it('rejects a document without a location', () => {
    expect(() => parseLabels('documents:\n  - {id: x, source: cctv, region: mainland, date: "2024-01-14", formulations: []}')).toThrow();
  });
});
