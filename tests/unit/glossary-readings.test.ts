import { describe, expect, it } from 'vitest';
import { createDerivers, readSourceFiles } from '@/glossary/build';
import { loadCedict } from '@/glossary/cedict';
import { parseSourceFiles } from '@/glossary/compile';
import {
  cedictWords,
  compareReading,
  markSyllable,
  normaliseSyllable,
  pinyinSyllables,
  readingProblem,
  readingProblems,
  type CedictLookup,
} from '@/glossary/readings';

/** A made-up dictionary in CC-CEDICT's numbered pinyin. */
const DICTIONARY: Record<string, string[]> = {
  内卷: ['nei4 juan3'],
  内: ['nei4'],
  卷: ['juan3', 'juan4'],
  一揽子: ['yi1 lan3 zi5'],
  都会: ['du1 hui4'],
  区: ['qu1', 'Ou1'],
  北部: ['bei3 bu4'],
  四个全面: ['si4 ge5 quan2 mian4'],
  个: ['ge3', 'ge4'],
  两: ['liang3'],
  绿色: ['lu:4 se4'],
  一点儿: ['yi1 dian3 r5'],
  政策: ['zheng4 ce4'],
  增量: ['zeng1 liang4'],
};
const lookup: CedictLookup = (word) => DICTIONARY[word] ?? [];

describe('readings against CC-CEDICT', () => {
  it('normalises marked and numbered syllables alike, ü as v, unmarked as neutral', () => {
    expect(['juǎn', 'juan3', 'JUǍN'].map(normaliseSyllable)).toEqual(['juan3', 'juan3', 'juan3']);
    expect(['lǜ', 'lu:4', 'lv4', 'nü3'].map(normaliseSyllable)).toEqual(['lv4', 'lv4', 'lv4', 'nv3']);
    expect(normaliseSyllable('zi')).toBe('zi5');
    expect(pinyinSyllables("yī diǎnr xī'ān 5G +")).toEqual(['yi1', 'dian3', 'r5', 'xi1', 'an1']);
    expect(['juan3', 'lv4', 'zi5', 'gou4', 'dui4', 'shui3'].map(markSyllable)).toEqual(['juǎn', 'lǜ', 'zi', 'gòu', 'duì', 'shuǐ']);
  });

  it('cuts a form into the longest dictionary words, whole form first', () => {
    expect(cedictWords('四个全面', lookup)).toEqual(['四个全面']);
    expect(cedictWords('北部都会区', lookup)).toEqual(['北部', '都会', '区']);
    expect(cedictWords('20+8产业', lookup)).toEqual(['产', '业']);
  });

  it('finds the known misreadings and suggests the dictionary reading', () => {
    expect(compareReading('内卷', 'nèi juàn', lookup)).toMatchObject({ kind: 'disagrees', suggestion: 'nèi juǎn' });
    expect(compareReading('北部都会区', 'běi bù dōu huì qū', lookup)).toMatchObject({ kind: 'disagrees', suggestion: 'běi bù dū huì qū' });
    // The neutral tone of a word counts: 一揽子 is yī lǎn zi.
    expect(compareReading('一揽子增量政策', 'yī lǎn zǐ zēng liàng zhèng cè', lookup)).toMatchObject({
      kind: 'disagrees',
      suggestion: 'yī lǎn zi zēng liàng zhèng cè',
    });
    expect(compareReading('四个全面', 'sì gè quán miàn', lookup).kind).toBe('disagrees');
  });

  it('accepts any of a word\'s readings, the neutral tone of a single character, ü as v and erhua', () => {
    expect(compareReading('内卷', 'nei4 juan3', lookup).kind).toBe('agrees');
    expect(compareReading('两个', 'liǎng gè', lookup).kind).toBe('agrees');
    expect(compareReading('两个', 'liǎng ge', lookup).kind).toBe('agrees');
    expect(compareReading('绿色', 'lǜ sè', lookup).kind).toBe('agrees');
    expect(compareReading('一点儿', 'yī diǎnr', lookup).kind).toBe('agrees');
    expect(compareReading('一点儿', 'yī diǎn ér', lookup).kind).toBe('agrees');
    expect(compareReading('两个', 'liǎng gé', lookup).kind).toBe('disagrees');
  });

  it('says what to write, or accepts a reading that says why it departs', () => {
    expect(readingProblem({ zh: '内卷' }, 'nèi juàn', lookup)).toBe(
      'field "pinyin (derived by pinyin-pro)" "nèi juàn" disagrees with CC-CEDICT (内卷 nèi juàn where CC-CEDICT has nei4 juan3): ' +
        'write pinyin: "nèi juǎn", or keep the reading and say why in pinyin_note',
    );
    expect(readingProblem({ zh: '内卷', pinyin: 'nèi juǎn' }, 'nèi juàn', lookup)).toBeUndefined();
    expect(readingProblem({ zh: '内卷', pinyin: 'nèi juàn', pinyin_note: 'a reason' }, 'nèi juǎn', lookup)).toBeUndefined();
    expect(readingProblem({ zh: '内卷', pinyin: 'nèijuàn' }, 'nèi juàn', lookup)).toMatch(/1 syllable\(s\) for the 2 Chinese character/);
  });

  it('names file, entry and field', () => {
    const { located } = parseSourceFiles([
      {
        path: 'glossary/entries/society.yaml',
        text: `category: society
entries:
  - id: involution
    zh: 内卷
    en: involution
    status: common
    meaning: Ever fiercer competition for the same rewards.
    explanation: A word from anthropology that became a byword for the rat race.
    zh_meaning: 同质化的过度竞争。
    zh_explanation: 原为人类学概念，后泛指投入增加而回报不增的竞争。
    sources: [{ title: a source }]
`,
      },
    ]);
    expect(readingProblems(located, () => 'nèi juàn', lookup)).toEqual([
      expect.stringMatching(/^glossary\/entries\/society\.yaml: entry #1 "involution": field "pinyin \(derived by pinyin-pro\)" "nèi juàn" disagrees/),
    ]);
  });

  it('every bundled entry reads as CC-CEDICT does, or says why not', { timeout: 60_000 }, async () => {
    const { located } = parseSourceFiles(readSourceFiles());
    expect(located.length).toBeGreaterThan(700);
    expect(readingProblems(located, createDerivers().pinyin, await loadCedict())).toEqual([]);
  });
});
