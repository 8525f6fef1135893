import { describe, expect, it } from 'vitest';
import { compileGlossary, type SourceFile } from '@/glossary/compile';
import { createDerivers } from '@/glossary/build';
import { inTaiwanForms, prefersTaiwanForms } from '@/utils/engine/glossary';
import { characterData } from './helpers';

const file: SourceFile = {
  path: 'glossary/entries/society.yaml',
  text: `category: society
entries:
  - id: common-prosperity
    zh: 共同富裕
    en: common prosperity
    status: official
    meaning: Prosperity shared by all.
    explanation: A long-term goal of narrowing gaps in income and wealth.
    zh_meaning: 全体人民共同富裕，着眼于缩小差距。
    zh_explanation: 重点放在缩小城乡和地区差距里的收入差别。
    example: { zh: 扎实推进共同富裕，着力解决发展不平衡不充分问题。 }
    sources:
      - title: Report to the 20th National Congress of the CPC
`,
};

describe('Taiwan forms', () => {
  const [entry] = compileGlossary([file], createDerivers(), characterData()).entries;

  it('are compiled only where Taiwan writes a text differently from Hong Kong', () => {
    expect(entry!.zhMeaning).toEqual({ hans: '全体人民共同富裕，着眼于缩小差距。', hant: '全體人民共同富裕，着眼於縮小差距。', tw: '全體人民共同富裕，著眼於縮小差距。' });
    expect(entry!.zhExplanation.tw).toBe('重點放在縮小城鄉和地區差距裡的收入差別。');
    expect(entry!.tw).toBeUndefined(); // 共同富裕 is written alike
  });

  it('replace the Traditional texts a Taiwanese reader sees', () => {
    const taiwanese = inTaiwanForms(entry!);
    expect(taiwanese.zhMeaning.hant).toBe('全體人民共同富裕，著眼於縮小差距。');
    expect(taiwanese.example?.zh.hant).toBe('紮實推進共同富裕，著力解決發展不平衡不充分問題。');
    expect(taiwanese.zhMeaning.hans).toBe(entry!.zhMeaning.hans);
  });

  it('follow the page first, then the browser language', () => {
    expect(prefersTaiwanForms('zh-TW', 'en-US')).toBe(true);
    expect(prefersTaiwanForms('zh-Hant-TW', 'en-US')).toBe(true);
    expect(prefersTaiwanForms('zh-HK', 'zh-TW')).toBe(false);
    expect(prefersTaiwanForms('zh-Hant', 'zh-TW')).toBe(true);
    expect(prefersTaiwanForms('', 'zh-TW')).toBe(true);
    expect(prefersTaiwanForms('zh-Hant', 'zh-HK')).toBe(false);
    expect(prefersTaiwanForms('zh-CN', 'en')).toBe(false);
  });
});
