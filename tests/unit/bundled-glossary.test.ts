import { describe, expect, it } from 'vitest';
import { createTermIndex, loadMatchData, formsOf } from '@/utils/engine/glossary';
import { ARTICLE_CN, ARTICLE_HK, SEED_ARTICLE, hasSeedArticle, readArticle } from '../fixtures/articles';
import { bundledGlossary } from './helpers';

const glossary = bundledGlossary();
const index = createTermIndex(loadMatchData(glossary.match));

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

  /** The Traditional forms of the entries found in a text. */
  const termsIn = (file: string) => {
    const hant = new Map(glossary.entries.map((e) => [e.id, e.hant]));
    return new Set(index.matcher.findAll(readArticle(file)).map((m) => hant.get(index.terms[m.entry]!.id)));
  };

  it('covers the jargon of the test articles, in both scripts', () => {
    const hk = termsIn(ARTICLE_HK);
    for (const term of [
      '新質生產力', '高質量發展', '粵港澳大灣區', '新發展理念', '全要素生產率', '新型生產關係',
      '卡脖子', '小院高牆', '先立後破', '久久為功', '一刀切', '先手棋', '五篇大文章',
      '新型舉國體制', '戰略性新興產業', '未來產業', '新型工業化', '營商環境', '集體學習',
      '國際創新科技中心', '北部都會區', '河套深港科技創新合作區', '一國兩制',
    ]) {
      expect(hk, term).toContain(term);
    }
    const cn = termsIn(ARTICLE_CN);
    for (const term of [
      '新質生產力', '高質量發展', '中國式現代化', '穩中求進', '以進促穩', '先立後破', '更加積極的財政政策',
      '適度寬鬆的貨幣政策', '兩重兩新', '投資於人', '提振消費專項行動', '五篇大文章', '耐心資本',
      '民營經濟促進法', '兩個毫不動搖', '全國統一大市場', '內捲式競爭', '進一步全面深化改革', '鄉村振興',
    ]) {
      expect(cn, term).toContain(term);
    }
  });

  // The article the project started from lives beside a development checkout only; a clone skips this.
  it.skipIf(!hasSeedArticle())('covers the jargon of the seed article, when it is beside the checkout', () => {
    const seed = termsIn(SEED_ARTICLE);
    for (const term of ['新質生產力', '高質量發展', '粵港澳大灣區', '卡脖子', '小院高牆', '先立後破', '久久為功', '五篇大文章']) {
      expect(seed, term).toContain(term);
    }
  });
});
