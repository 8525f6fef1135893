import { describe, expect, it } from 'vitest';
import { corpusBuffer, docAt, keyAt, writtenAt } from '@/glossary/mining/buffer';
import { coverageOf, formFragments } from '@/glossary/mining/coverage';
import { generalFrequency } from '@/glossary/mining/general-frequency';
import { isHeldOut, isOwnHeldOut } from '@/glossary/mining/held-out';
import type { Doc } from '@/glossary/mining/manifest';
import { recurringGrams } from '@/glossary/mining/ngrams';
import { isNumberedSlogan, quotedPhrases } from '@/glossary/mining/patterns';
import { DEFAULT_RANK_OPTIONS, rankPhrases, type Phrase, type RankOptions } from '@/glossary/mining/rank';
import { cctvDay, transcriptBody } from '@/glossary/mining/sources/cctv';
import { articleBody, articleId, parseIdRanges } from '@/glossary/mining/sources/citizen-news';
import { feedItems, itemText, sampleCommits } from '@/glossary/mining/sources/rthk';
import { balanced, compactTsv, mainSource, printedLine, type Ranked } from '@/glossary/mining/report';
import { sentenceAt, spreadOf } from '@/glossary/mining/spread';
import { foldText, foldUnit } from '@/utils/engine/fold';
import { foldTable } from './helpers';

const doc = (text: string, date = '2024-05-02', source: Doc['source'] = 'cctv', id = date): Doc => ({ source, date, id, text });
const table = foldTable();
const fold = (text: string) => foldText(table, text);
const bufferOf = (...docs: Doc[]) => corpusBuffer(docs, (unit) => foldUnit(table, unit));

/** The recurring n-grams of some texts, as written, with their counts and entropies. */
function gramsOf(texts: string[], minCount = 2) {
  const buffer = bufferOf(...texts.map((text) => doc(text)));
  return new Map(
    recurringGrams(buffer.units, { minLength: 2, maxLength: 12, minCount }).map((g) => [keyAt(buffer, g.start, g.length), g]),
  );
}

describe('held-out rules', () => {
  it('holds out the 14th of every month and the evaluation set, by source', () => {
    expect(isHeldOut('cctv', '2024-06-14')).toBe(true);
    expect(isHeldOut('cctv', '2023-03-13')).toBe(true);
    expect(isHeldOut('cctv', '2023-03-12')).toBe(false);
    expect(isHeldOut('citizen-news', '2019-01-02', 18610)).toBe(true);
    expect(isHeldOut('rthk', '2025-03-01')).toBe(true);
    expect(isHeldOut('rthk', '2025-03-12')).toBe(false);
    expect(isOwnHeldOut('cctv', '2024-06-14')).toBe(true);
  });

  it('reads a transcript day from its path, and nothing from catalogue.json', () => {
    expect(cctvDay('news/20240502.md')).toBe('2024-05-02');
    expect(cctvDay('news/catalogue.json')).toBeUndefined();
  });

  it('reads Citizen News ids from ranges', () => {
    expect([...parseIdRanges('3-5 9\n12-13')]).toEqual([3, 4, 5, 9, 12, 13]);
    expect(articleId('articles/1-1000/article_174.md')).toBe(174);
  });
});

describe('source texts', () => {
  it('keeps a transcript’s items, not its abstract, links or openers', () => {
    const md = '# 《新闻联播》\n## 新闻摘要\n1.摘要一\n## 详细新闻\n### 标题\n<p><strong>央视网消息</strong>（新闻联播）：正文。</p>\n[查看原文](https://tv.cctv.com/x.shtml)\n(更新时间戳: 1685624079630)\n';
    const body = transcriptBody(md);
    expect(body).toContain('正文。');
    expect(body).not.toMatch(/摘要一|查看原文|央视网消息|https|更新时间戳/);
  });

  it('keeps an article’s body without the subscription appeal', () => {
    const md = '---\ntitle: "t"\ndate: "2019-01-02"\n---\n\n# 標題\n\n正文[連結](https://x.hk)。\n\n---\n\n請加入成為眾新聞的月費訂戶\n';
    expect(articleBody(md).trim()).toBe('# 標題\n\n正文連結。');
  });

  it('reads feed items with their id and day, and their words without the footer', () => {
    const xml = `<rss><item><title>
 標題
</title><link>https://news.rthk.hk/rthk/ch/component/k2/1800770-20250417.htm</link>
<description><![CDATA[<div><div class="itemFullText">正文<br></div><hr><p>原始網址：</p></div>]]></description></item></rss>`;
    const [item] = feedItems(xml);
    expect(item).toMatchObject({ id: '1800770', date: '2025-04-17' });
    expect(itemText(item!.xml).replace(/\s+/g, ' ').trim()).toBe('標題 正文');
  });

  it('samples the last commit of each window', () => {
    const commits = [
      { commit: 'a', time: '2025-01-01T00:10:00Z' },
      { commit: 'b', time: '2025-01-01T01:50:00Z' },
      { commit: 'c', time: '2025-01-01T02:05:00Z' },
    ];
    expect(sampleCommits(commits, 2)).toEqual(['b', 'c']);
  });
});

describe('recurring n-grams', () => {
  const texts = ['甲推动高质量发展乙', '丙推进高质量发展。', '在高质量发展中', '高质量发展，'];

  it('counts n-grams that recur, not across punctuation or texts', () => {
    const grams = gramsOf(texts);
    expect(grams.get('高质量发展')?.count).toBe(4);
    expect(grams.has('展乙')).toBe(false);
    expect(grams.has('展丙')).toBe(false);
  });

  it('gives a whole term free neighbours and a fragment a fixed one', () => {
    const grams = gramsOf(texts);
    const term = grams.get('高质量发展')!;
    const fragment = grams.get('质量发展')!;
    expect(term.leftEntropy).toBeGreaterThan(1);
    expect(term.rightEntropy).toBeGreaterThan(1);
    expect(fragment.leftEntropy).toBe(0);
  });

  it('counts Traditional and Simplified forms as one', () => {
    expect(gramsOf(['新質生產力', '新质生产力'], 2).get(fold('新质生产力'))?.count).toBe(2);
  });
});

describe('patterns', () => {
  it('counts quoted phrases by their folded key', () => {
    const counts = quotedPhrases('堅持「一國兩制」，落實“一国两制”和「高度自治」。', fold);
    expect(counts.get(fold('一国两制'))).toBe(2);
    expect(counts.get(fold('高度自治'))).toBe(1);
  });

  it('knows the shapes of numbered slogans', () => {
    for (const slogan of ['四个全面', '三大攻坚战', '八项规定', '两新两重', '一带两廊三区']) expect(isNumberedSlogan(slogan)).toBe(true);
    for (const phrase of ['高质量发展', '一个被认为是又自以为是']) expect(isNumberedSlogan(phrase)).toBe(false);
  });
});

describe('ranking', () => {
  // A general list where 发展, 推动 and 工作 are common, 质量 less so.
  const general = generalFrequency('发展 5000 v\n推动 3000 v\n工作 8000 n\n质量 800 n\n高 900 a\n', fold);
  const phrase = (term: string, count: number, entropy = 2): Phrase => ({
    term, start: 0, length: term.length, count, leftEntropy: entropy, rightEntropy: entropy,
  });

  it('scores a phrase by how far it exceeds ordinary usage', () => {
    expect(general.logProb('发展')).toBeGreaterThan(general.logProb('高质量发展'));
    const ranked = rankPhrases([phrase('推动工作', 50), phrase('高质量发展', 50)], new Map(), general, 10_000);
    // 推动工作 is no more frequent here than its common words predict: no candidate at all.
    expect(ranked.map((c) => c.term)).toEqual(['高质量发展']);
  });

  it('sinks a phrase that ends like a name, unless it is quoted', () => {
    const phrases = [phrase('推动尹锡悦', 50), phrase('八纵八横', 50)];
    const quoted = new Map([['八纵八横', 40]]);
    const scores = (options: RankOptions) =>
      Object.fromEntries(rankPhrases(phrases, quoted, general, 10_000, options).map((c) => [c.term, c.score]));
    const sunk = scores(DEFAULT_RANK_OPTIONS);
    const plain = scores({ ...DEFAULT_RANK_OPTIONS, namePenalty: 1 });
    expect(general.trailingSingles('推动尹锡悦')).toBe(3);
    expect(general.trailingSingles('高质量发展')).toBe(0);
    expect(sunk['推动尹锡悦']).toBeCloseTo(plain['推动尹锡悦']! * DEFAULT_RANK_OPTIONS.namePenalty);
    expect(sunk['八纵八横']).toBe(plain['八纵八横']);
  });

  it('drops fragments and pieces of sentences, but keeps a quoted phrase', () => {
    const ranked = rankPhrases(
      [phrase('质量发展', 50, 0), phrase('发展的', 50), phrase('的发展', 50), phrase(fold('何君健攝'), 50), phrase('两个确立', 50, 0.5)],
      new Map([['两个确立', 40]]),
      general,
      10_000,
    );
    expect(ranked.map((c) => c.term)).toEqual(['两个确立']);
    expect(ranked[0]).toMatchObject({ quoted: 40, slogan: true });
  });
});

describe('spread, examples and coverage', () => {
  it('counts every occurrence per source and year, with the sentence of the first', () => {
    const buffer = bufferOf(
      doc('今年推動高質量發展。明年也是。', '2019-05-02', 'citizen-news', '7'),
      doc('坚持高质量发展，高质量发展是硬道理。', '2024-05-02'),
    );
    const [spread] = spreadOf([fold('高质量发展')], buffer);
    expect(Object.fromEntries(spread!.counts)).toEqual({ 'citizen-news 2019': 1, 'cctv 2024': 2 });
    expect(spread).toMatchObject({ firstYear: '2019', lastYear: '2024' });
    expect(spread!.example?.sentence).toBe('今年推動高質量發展。');
    expect(writtenAt(buffer, buffer.starts[1]! + 2, 5)).toBe('高质量发展');
    expect(docAt(buffer, buffer.starts[1]!)).toBe(1);
  });

  it('cuts an example at sentence ends', () => {
    expect(sentenceAt('一。二三四！五', 2, 4)).toBe('二三四！');
  });

  it('says whether the glossary covers a candidate, holds it, or is held by it', () => {
    const fragments = formFragments([['nqpf', '新质生产力']]);
    expect(coverageOf('新质生产力', [{ start: 0, end: 5, id: 'nqpf' }], fragments)).toBe('covered by nqpf');
    expect(coverageOf('发展新质生产力', [{ start: 2, end: 7, id: 'nqpf' }], fragments)).toBe('extends nqpf');
    expect(coverageOf('生产力', [], fragments)).toBe('part of nqpf');
    expect(coverageOf('两新', [], fragments)).toBe('NEW');
  });
});

describe('report', () => {
  const row: Ranked = {
    rank: 12,
    candidate: { term: '两个确立', start: 0, length: 4, count: 3, leftEntropy: 2, rightEntropy: 2, quoted: 2, slogan: true, lift: 9, score: 5 },
    written: '兩個確立',
    status: 'NEW',
    spread: {
      counts: new Map([['cctv 2023', 4], ['rthk 2025', 1], ['cctv 2024', 2]]),
      firstYear: '2023',
      lastYear: '2025',
      example: { doc: doc('……'), sentence: '……' },
    },
  };

  it('commits strings and whole-corpus counts, no sentence', () => {
    expect(compactTsv([row]).split('\n')[1]).toBe('12\t兩個確立\tNEW\t7\t2\t2023\t2025\tcctv:6 rthk:1');
  });

  it('shares the committed list among the sources where candidates are densest', () => {
    const sizes = new Map([['cctv', 1_000], ['rthk', 10]]);
    expect(mainSource(row.spread, sizes)).toBe('rthk');
    const at = (rank: number, source: string): Ranked => ({ ...row, rank, spread: { ...row.spread, counts: new Map([[`${source} 2024`, 1]]) } });
    const rows = [at(1, 'citizen-news'), at(2, 'citizen-news'), at(3, 'citizen-news'), at(4, 'cctv')];
    expect(balanced(rows, 2, sizes).map((r) => r.rank)).toEqual([1, 4]);
  });

  it('prints one line a candidate', () => {
    expect(printedLine(row)).toBe('   12  兩個確立  NEW  ×7 (quoted 2)  2023–2025  cctv:6 rthk:1');
  });
});
