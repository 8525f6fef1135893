import { describe, expect, it } from 'vitest';
import { createScriptTable, scriptOf, scriptOfLang } from '@/utils/engine/script';
import { characterData } from './helpers';

describe('script of a passage', () => {
  const table = createScriptTable(characterData().scriptMarks);

  it('is told by the characters only one script writes', () => {
    // 同 and 链 fold to other characters: they once made this Simplified sentence "Traditional".
    expect(scriptOf(table, '建设粤港澳大湾区，扎实推进共同富裕，高质量共建“一带一路”。')).toBe('hans');
    expect(scriptOf(table, '共同推进产业链供应链')).toBe('hans');
    expect(scriptOf(table, '耐心资本')).toBe('hans');
    expect(scriptOf(table, '建設粵港澳大灣區，紮實推進共同富裕。')).toBe('hant');
    expect(scriptOf(table, '著名的乾隆')).toBe(null); // written alike in both
    expect(scriptOf(table, 'no Chinese at all')).toBe(null);
  });

  it('is the one with more evidence when a passage mixes them', () => {
    expect(scriptOf(table, '這個發展很重要，说')).toBe('hant');
    expect(scriptOf(table, '这个发展很重要，說')).toBe('hans');
  });

  it('is read from a page\'s lang when the lang names it', () => {
    expect(scriptOfLang('zh-CN')).toBe('hans');
    expect(scriptOfLang('zh-Hans-CN')).toBe('hans');
    expect(scriptOfLang('zh-HK')).toBe('hant');
    expect(scriptOfLang('zh-Hant')).toBe('hant');
    expect(scriptOfLang('zh')).toBe(null);
    expect(scriptOfLang('en')).toBe(null);
  });
});
