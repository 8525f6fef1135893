import { describe, expect, it } from 'vitest';
import { createConverterPool } from '@/entrypoints/converter/pool';
import { convertJoined } from '@/utils/convert/batch';
import { detectSource, traditionalRegion } from '@/utils/convert/detect';
import { createOverrides, OVERRIDES } from '@/utils/convert/overrides';

const pool = createConverterPool();

describe('override table', () => {
  it('replaces the longest key and leaves other text alone', () => {
    const fix = createOverrides([['ab', 'X'], ['abc', 'Y']]);
    expect(fix('abcab-a')).toBe('YX-a');
    expect(createOverrides([])('abc')).toBe('abc');
  });

  it('leaves Simplified text asked for in Simplified as it is', async () => {
    // It threw "Unknown `from` locale: cn" on every Simplified or English page of an "Always 简体" site.
    await expect(pool.convert(['高质量发展 and English'], null, 'cn', 'zh-CN')).resolves.toEqual({
      texts: ['高质量发展 and English'],
      from: 'cn',
    });
  });

  it('corrects what OpenCC gets wrong, per target', async () => {
    expect((await pool.get('cn', 'twp'))('他们是勇敢的士兵，坐的士回家')).toBe('他們是勇敢的士兵，坐計程車回家');
    expect((await pool.get('cn', 'hk'))('被发明出来，展示了如何参与制造')).toBe('被發明出來，展示了如何參與製造');
    expect((await pool.get('tw', 'cn'))('土著的原著')).toBe('土著的原著');
  });

  it('keeps 著名 and 乾隆 in Simplified, from every Traditional variant', async () => {
    for (const from of ['t', 'hk', 'tw'] as const) expect((await pool.get(from, 'cn'))('著名的乾隆皇帝')).toBe('著名的乾隆皇帝');
  });

  it('converts a page, detecting its script, and HK text to Taiwan forms', async () => {
    expect(await pool.convert(['發展新質生產力', '的士'], null, 'cn', 'zh-HK')).toEqual({ texts: ['发展新质生产力', '的士'], from: 'hk' });
    expect((await pool.convert(['軟件'], 'hk', 'twp', '')).texts).toEqual(['軟體']);
  });

  it('every key is a real correction: OpenCC output that the table changes', () => {
    for (const pairs of Object.values(OVERRIDES)) for (const [key, value] of pairs) expect(key).not.toBe(value);
  });
});

describe('batch conversion', () => {
  it('converts strings joined and splits them back, phrases never crossing two strings', async () => {
    const toHans = await pool.get('hk', 'cn');
    const texts = ['發展', '新質生產力', '', '的', '士兵'];
    expect(convertJoined(texts, toHans)).toEqual(texts.map(toHans));
    expect(convertJoined(['a\u0000b', '發'], toHans)).toEqual(['a\u0000b', '发']);
  });

  it('detects the source script, with its region from the page language', async () => {
    const toHans = await pool.get('t', 'cn');
    expect(detectSource('加快发展新质生产力，推动高质量发展', 'zh-HK', toHans)).toBe('cn');
    expect(detectSource('加快發展新質生產力，推動高質量發展', 'zh-Hant-HK', toHans)).toBe('hk');
    expect(detectSource('加快發展新質生產力', 'zh-TW', toHans)).toBe('tw');
    expect(detectSource('加快發展新質生產力', '', toHans)).toBe('t');
    // A Simplified text with the few characters OpenCC touches is still Simplified.
    expect(detectSource('著名的乾隆皇帝在这里发展了很多事业，大家都知道这一点', '', toHans)).toBe('cn');
  });

  it('detects with the converter of the region the page names, as well as with OpenCC standard', async () => {
    expect(['zh-Hant-HK', 'zh-MO', 'zh-TW', 'zh-Hant', ''].map(traditionalRegion)).toEqual(['hk', 'hk', 'tw', 't', 't']);
    const fromHk = await pool.get('hk', 'cn');
    expect(detectSource('加快發展新質生產力，推動高質量發展', 'zh-Hant-HK', fromHk)).toBe('hk');
    expect(detectSource('加快发展新质生产力，推动高质量发展', 'zh-Hant-HK', fromHk)).toBe('cn');
    const converted = await pool.convert(['衞生署裏面的資料'], null, 'cn', 'zh-Hant-HK');
    expect(converted).toEqual({ texts: ['卫生署里面的资料'], from: 'hk' });
  });
});
