import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabels, readArticle } from '@/glossary/candidates-eval/articles';
import { detectCandidates, type CandidateBlock } from '@/utils/candidates/detect';
import { sentencesWith } from '@/utils/candidates/sentences';
import { foldText } from '@/utils/engine/fold';
import { foldTable } from './helpers';

const table = foldTable();
const fold = (text: string) => foldText(table, text);
const blocks = (...texts: string[]): CandidateBlock[] => texts.map((text) => ({ text, hits: [] }));
const found = (input: CandidateBlock[], options = {}) => detectCandidates(input, { fold, ...options }).map((c) => [c.text, c.kind]);

describe('candidate formulations', () => {
  it('finds a quoted numbered slogan, in either script, with every use on the page', () => {
    const page = blocks('會議強調要做到「兩個始終如一」。', '各地落实两个始终如一，成效明显。');
    const [candidate] = detectCandidates(page, { fold });
    expect(candidate).toMatchObject({ key: '两个始终如一', text: '兩個始終如一', kind: 'numbered', quoted: 1 });
    expect(candidate!.occurrences).toEqual([
      { block: 0, start: 8, end: 14 },
      { block: 1, start: 4, end: 10 },
    ]);
  });

  it('takes an unquoted slogan whose end is certain: the same on every use, or punctuation', () => {
    // Used twice, followed by different words: the common part is the slogan, a trailing particle dropped.
    expect(found(blocks('坚持三个务必的要求，', '践行三个务必的精神。'))).toEqual([['三个务必', 'numbered']]);
    // Used once and ended by punctuation.
    expect(found(blocks('大会提出四个坚定。'))).toEqual([['四个坚定', 'numbered']]);
    // Used once and running on: where it ends is a guess, so nothing.
    expect(found(blocks('大会提出四个坚定不移推进改革开放事业'))).toEqual([]);
  });

  it('leaves counting alone', () => {
    const counts = blocks('三个月后，两个居民点、五大洲的第三个项目，下午两点开会。', '这两项措施，一个坚持。十九大以来，二十大精神。');
    expect(found(counts)).toEqual([]);
  });

  it('knows 两X两Y and 一X两Y三Z, but not time spans or pairs joined by a word', () => {
    expect(found(blocks('推动两新两重落地。', '构建一带两廊三区格局。'))).toEqual([
      ['两新两重', 'paired'],
      ['一带两廊三区', 'series'],
    ]);
    expect(found(blocks('两天两夜，两子两女，两国和两国人民。'))).toEqual([]);
  });

  it('leaves to the glossary what it covers, even in part', () => {
    const text = '坚持“两个毫不动摇”。';
    expect(found([{ text, hits: [{ start: 3, end: 9 }] }])).toEqual([]);
    expect(found([{ text, hits: [{ start: 5, end: 9 }] }])).toEqual([]);
  });

  it('takes a recurring quoted phrase only when asked, and never a lone one', () => {
    const page = blocks('推进“银龄行动”。', '银龄行动覆盖全国。', '他说“很好”。');
    expect(found(page)).toEqual([]);
    expect(found(page, { quotedPhrases: true })).toEqual([['银龄行动', 'quoted']]);
    expect(found(blocks('推进“银龄行动”。'), { quotedPhrases: true })).toEqual([]);
  });

  it('shows the strongest few: slogans first, then the most used', () => {
    const page = blocks('“两新两重”“三个务必”“四个坚定”“五个必须”，三个务必。');
    expect(found(page, { maxPerPage: 2 }).map(([text]) => text)).toEqual(['三个务必', '两新两重']);
  });

  it('gives the sentences that use a candidate, the candidate apart, each sentence once', () => {
    const page = blocks('大会提出“三个务必”。三个务必是要求。', '三个务必是要求。', '全文完。三个务必，永远在路上！');
    const [candidate] = detectCandidates(page, { fold });
    const sentences = sentencesWith(candidate!, page);
    expect(sentences).toEqual([
      [{ text: '大会提出“', term: false }, { text: '三个务必', term: true }, { text: '”。', term: false }],
      [{ text: '三个务必', term: true }, { text: '是要求。', term: false }],
      [{ text: '三个务必', term: true }, { text: '，永远在路上！', term: false }],
    ]);
    expect(sentencesWith(candidate!, page, 1)).toHaveLength(1);
  });
});

describe('candidate labels', () => {
  it('reads ids and verdicts, and names an article whose verdict is neither yes nor no', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tifa-labels-'));
    const file = path.join(dir, 'labels.yaml');
    writeFileSync(file, 'articles:\n  - id: cctv:news/20230307.md#2\n    candidates:\n      三个没有变: yes\n  - id: cctv:news/20230921.md#4\n');
    expect(loadLabels(file)).toEqual([
      { id: 'cctv:news/20230307.md#2', candidates: { 三个没有变: 'yes' } },
      { id: 'cctv:news/20230921.md#4', candidates: {} },
    ]);
    writeFileSync(file, 'articles:\n  - id: cctv:news/20230307.md#2\n    candidates:\n      三个没有变: maybe\n');
    expect(() => loadLabels(file)).toThrow('cctv:news/20230307.md#2: "三个没有变" must be yes or no, not maybe');
    rmSync(dir, { recursive: true });
  });

  it('refuses a held-out article by its id, before reading anything', () => {
    expect(readArticle('cctv:news/20230314.md#1')).toEqual({ absent: 'cctv:news/20230314.md#1 is held out' });
    expect(readArticle('elsewhere:x')).toEqual({ absent: 'not an article id: elsewhere:x' });
  });
});
