import { describe, expect, it } from 'vitest';
import { createFoldTable } from '@/utils/engine/fold';
import { createMatcher } from '@/utils/engine/matcher';
import { foldPairs } from './helpers';

const table = createFoldTable(foldPairs());
const terms = ['新发展理念', '发展理念', '新质生产力', '高质量发展', '卡脖子', '大湾区', '粤港澳大湾区'];
const matcher = createMatcher(
  table,
  terms.map((form) => ({ forms: [form] })),
);
const find = (text: string) =>
  matcher.findAll(text).map((m) => ({ text: text.slice(m.start, m.end), term: terms[m.entry] }));

describe('matcher', () => {
  it('finds terms in Simplified, Traditional and mixed text', () => {
    expect(find('加快发展新质生产力')).toEqual([{ text: '新质生产力', term: '新质生产力' }]);
    expect(find('加快發展新質生產力')).toEqual([{ text: '新質生產力', term: '新质生产力' }]);
    expect(find('新質生产力與高质量發展')).toEqual([
      { text: '新質生产力', term: '新质生产力' },
      { text: '高质量發展', term: '高质量发展' },
    ]);
  });

  it('prefers the longest term at a position (新發展理念 over 發展理念)', () => {
    expect(find('貫徹新發展理念')).toEqual([{ text: '新發展理念', term: '新发展理念' }]);
    expect(find('貫徹發展理念')).toEqual([{ text: '發展理念', term: '发展理念' }]);
    expect(find('粵港澳大灣區和大灣區')).toEqual([
      { text: '粵港澳大灣區', term: '粤港澳大湾区' },
      { text: '大灣區', term: '大湾区' },
    ]);
  });

  it('returns offsets into the original text, in order and without overlap', () => {
    const text = '甩掉「卡脖子」的手，卡脖子。';
    const matches = matcher.findAll(text);
    expect(matches.map((m) => [m.start, m.end])).toEqual([
      [3, 6],
      [10, 13],
    ]);
  });

  it('matches a term at the very end and handles empty or term-free text', () => {
    expect(find('卡脖子')).toHaveLength(1);
    expect(find('')).toEqual([]);
    expect(find('今天天氣很好。The weather is fine.')).toEqual([]);
  });

  it('does not match a prefix of a term', () => {
    expect(find('新质生产')).toEqual([]);
  });

  it('gives a form that two terms share to the first', () => {
    const m = createMatcher(table, [{ forms: ['新质生产力'] }, { forms: ['卡脖子'] }, { forms: ['卡脖子', '小院高墙'] }]);
    expect(m.findAll('卡脖子')[0]?.entry).toBe(1);
    expect(m.findAll('小院高牆')[0]?.entry).toBe(2);
  });

  it('passes over white space and line breaks inside a term', () => {
    expect(find('激發大灣區在科技創\n\n新方面的優勢，新質 生產力')).toEqual([
      { text: '大灣區', term: '大湾区' },
      { text: '新質 生產力', term: '新质生产力' },
    ]);
    expect(find(' 卡脖子')[0]?.text).toBe('卡脖子'); // never starts on white space
    expect(find('卡脖子 ')[0]?.text).toBe('卡脖子'); // nor ends on it
  });

  it('drops a guarded match next to its context words, falling back to a shorter term', () => {
    const guarded = createMatcher(table, [
      { forms: ['湾区'], unlessPrecededBy: ['旧金山', '東京'] },
      { forms: ['湾区经济'], unlessFollowedBy: ['学'] },
      { forms: ['大湾区'] },
    ]);
    const entries = (text: string) => guarded.findAll(text).map((m) => m.entry);
    expect(entries('舊金山灣區的科技公司')).toEqual([]);
    expect(entries('东京湾区')).toEqual([]);
    expect(entries('大湾区与湾区')).toEqual([2, 0]);
    expect(entries('湾区经济学')).toEqual([0]);
    expect(entries('湾区经济发展')).toEqual([1]);
  });
});
