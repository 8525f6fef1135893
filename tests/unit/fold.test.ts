import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/engine/fold';
import { characterData, foldTable } from './helpers';

describe('character fold', () => {
  const table = foldTable();
  const same = (...forms: string[]) => {
    const keys = forms.map((f) => foldText(table, f));
    expect(new Set(keys).size, `${forms.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
  };

  it('folds Traditional, Simplified and variant characters to one key', () => {
    same('產', '産', '产');
    same('說', '説', '说');
    same('裏', '裡', '里');
    same('着', '著');
    same('瞭解', '了解');
    same('新質生產力', '新质生产力', '新質生产力');
    same('粵港澳大灣區', '粤港澳大湾区');
    same('綫', '線', '线');
  });

  it('folds full-width forms and letter case', () => {
    same('２０＋８', '20+8');
    same('ＡＩ', 'ai', 'AI');
  });

  it('never changes the length of a string', () => {
    const text = '發展新質生產力，升級灣區產業鏈 Ａ１ 𠵾 🙂 着力點';
    expect(foldText(table, text)).toHaveLength(text.length);
  });

  it('keeps distinct characters apart', () => {
    expect(foldText(table, '发展')).not.toBe(foldText(table, '开展'));
    expect(foldText(table, '台')).not.toBe(foldText(table, '治'));
  });

  it('never makes two Simplified-only characters one key, even through a Traditional character that can be either', () => {
    // 鍊 is written 炼 (smelt) or 链 (chain): joining both through it made 产业链 match 产业炼.
    expect(foldText(table, '链')).not.toBe(foldText(table, '炼'));
    same('鏈', '链');
    same('煉', '炼');
    same('乾', '干', '幹'); // 乾 and 干 are written in both scripts: still one key
    const keys = new Map<string, string>();
    for (const c of characterData().scriptMarks.hans) {
      const key = foldText(table, c);
      expect(keys.get(key), `${c} and ${keys.get(key)} fold to ${key}`).toBeUndefined();
      keys.set(key, c);
    }
  });
});
