import { describe, expect, it } from 'vitest';
import { createTermIndex, formsOf } from '@/utils/glossary';
import { bundledGlossary, seedArticle } from './helpers';

const glossary = bundledGlossary();
const index = createTermIndex(glossary.match);

describe('bundled glossary', () => {
  it('has several dozen complete entries', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(50);
    for (const entry of glossary.entries) {
      expect(entry.pinyin, entry.id).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(entry.jyutping, entry.id).toMatch(/[1-6]/);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('matches every form of every entry to that entry', () => {
    for (const entry of glossary.entries) {
      for (const form of formsOf(entry)) {
        const [match] = index.matcher.findAll(form);
        expect(match && index.terms[match.entry]!.id, form).toBe(entry.id);
      }
    }
  });

  it('reads polyphones in policy terms correctly', () => {
    const reading = (zh: string) => glossary.entries.find((e) => e.hans === zh)?.pinyin;
    expect(reading('卡脖子')).toBe('qiǎ bó zi');
    expect(reading('高质量发展')).toBe('gāo zhì liàng fā zhǎn');
  });

  it('covers the jargon of the seed article', () => {
    const text = seedArticle();
    const hant = new Map(glossary.entries.map((e) => [e.id, e.hant]));
    const found = new Set(index.matcher.findAll(text).map((m) => hant.get(index.terms[m.entry]!.id)));
    for (const term of [
      '新質生產力', '高質量發展', '粵港澳大灣區', '新發展理念', '全要素生產率', '新型生產關係',
      '卡脖子', '小院高牆', '先立後破', '久久為功', '一刀切', '先手棋', '五篇大文章',
      '新型舉國體制', '戰略性新興產業', '未來產業', '新型工業化', '營商環境', '集體學習',
    ]) {
      expect(found, term).toContain(term);
    }
  });
});
