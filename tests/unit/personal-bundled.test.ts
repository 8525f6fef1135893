import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { bundledForms, bundledTaken, entryLabel, resolveReplaced, unknownReplaced } from '@/utils/personal/bundled';
import { withReading, withReadings } from '@/utils/personal/readings';
import { ownTermView } from '@/utils/personal/own-view';
import { EMPTY_PERSONAL, type OwnTerm } from '@/utils/personal/schema';
import { foldTable } from './helpers';

const entry = {
  id: 'high-quality-development', hans: '高质量发展', hant: '高質量發展', aliases: ['高品质发展'], pinyin: 'gāo zhì liàng fā zhǎn', en: 'high-quality development',
  meaning: 'Growth that is better, not only faster.', zhMeaning: { hans: '更好的增长', hant: '更好的增長' }, explanation: 'E', zhExplanation: { hans: 'E', hant: 'E' },
} as unknown as GlossaryEntry;
const fold = foldTable();
const forms = bundledForms([entry], fold);
const byId = new Map([[entry.id, entry]]);
const own = (fields: Partial<OwnTerm> = {}): OwnTerm => ({
  id: 'own-test1', term: '机不可失', script: 'hans', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1, ...fields,
});

describe('own terms and the bundled glossary', () => {
  it('finds the bundled entry a form takes, in either script and by alias', () => {
    expect(bundledTaken(forms, fold, ['高质量发展'])).toBe(entry);
    expect(bundledTaken(forms, fold, ['机不可失', ' 高質量發展 '])).toBe(entry);
    expect(bundledTaken(forms, fold, ['高品質發展'])).toBe(entry);
    expect(bundledTaken(forms, fold, ['高质量'])).toBeUndefined();
  });

  it('takes the replaced entry by its label, any of its forms or its id, and refuses anything else', () => {
    expect(entryLabel(entry)).toBe('高质量发展 / 高質量發展 — high-quality development');
    for (const typed of [entryLabel(entry), '高質量發展', 'high-quality-development', ' 高品质发展 ']) {
      expect(resolveReplaced(typed, byId, forms, fold)).toEqual({ ok: true, id: entry.id });
    }
    expect(resolveReplaced('  ', byId, forms, fold)).toEqual({ ok: true, id: undefined });
    expect(resolveReplaced('no-such-id', byId, forms, fold)).toEqual({ ok: false, error: 'Tifa’s glossary has no entry “no-such-id”: choose one from the list.' });
  });

  it('names an imported own term that replaces an entry the glossary lacks', () => {
    expect(unknownReplaced({ ...EMPTY_PERSONAL, ownTerms: [own({ replaces: entry.id })] }, byId)).toBeNull();
    expect(unknownReplaced({ ...EMPTY_PERSONAL, ownTerms: [own({ replaces: entry.id }), own({ id: 'own-test2', term: '東大', replaces: 'no-such-id' })] }, byId)).toBe(
      'Own term 2 (東大) takes the place of “no-such-id”, which Tifa’s glossary does not have.',
    );
  });
});

describe('an own term in the popover', () => {
  it('takes the script of the text it is met in', () => {
    expect(ownTermView(own(), { script: 'hant', asWritten: '機不可失' }, undefined, 'en')).toMatchObject({ heading: '機不可失', script: 'hant' });
    expect(ownTermView(own(), { script: 'hans', asWritten: '机不可失' }, undefined, 'en')).toMatchObject({ heading: '机不可失', script: 'hans' });
  });

  it('shows the bundled explanation for the fields it leaves empty, and its own where written', () => {
    expect(ownTermView(own({ term: '高质量发展' }), { script: 'hans' }, entry, 'en')).toEqual({
      heading: '高质量发展', script: 'hans', pinyin: entry.pinyin, en: entry.en, meaning: entry.meaning, meaningLang: 'en',
    });
    expect(ownTermView(own({ term: '高质量发展', en: 'mine', meaning: '我的' }), { script: 'hans' }, entry, 'hant')).toMatchObject({ en: 'mine', meaning: '我的' });
    expect(ownTermView(own({ term: '高质量发展' }), { script: 'hans' }, entry, 'hant')).toMatchObject({ meaning: '更好的增長', meaningLang: 'zh-Hant' });
    expect(ownTermView(own(), { script: 'hans' }, undefined, 'en')).toMatchObject({ pinyin: '', en: '', meaning: '' });
  });
});

describe('readings for own terms', () => {
  it('fills in pinyin from the term, in either script, and never replaces typed pinyin', async () => {
    expect((await withReading({ term: '机不可失' })).pinyin).toBe('jī bù kě shī');
    expect((await withReading({ term: '機不可失' })).pinyin).toBe('jī bù kě shī');
    expect((await withReading({ term: '机不可失', pinyin: 'my reading' })).pinyin).toBe('my reading');
    const filled = await withReadings({ ...EMPTY_PERSONAL, ownTerms: [own(), own({ id: 'own-test2', term: '東大', pinyin: 'dōng dà' })] });
    expect(filled.ownTerms.map((t) => t.pinyin)).toEqual(['jī bù kě shī', 'dōng dà']);
  });
});
