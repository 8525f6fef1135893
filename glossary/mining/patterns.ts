/** The shapes of a formulation that counting alone would rank too low: quoted phrases, numbered slogans. Pure. */

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff〇';
export const isHanUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;

/** Phrases of 2–12 Han characters set in quotation marks (“” 「」 『』 ‘’), counted by their key (the fold). */
export function quotedPhrases(text: string, key: (phrase: string) => string, counts = new Map<string, number>()): Map<string, number> {
  for (const [, phrase] of text.matchAll(new RegExp(`[“「『‘]([${HAN}]{2,12})[”」』’]`, 'g'))) {
    const k = key(phrase!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const NUMERAL = '[一二两三四五六七八九十百千万]';
const SLOGANS = [
  // 四个全面, 三大攻坚战, 八项规定, 两条底线, 五点主张
  new RegExp(`^${NUMERAL}{1,3}[个大项条点][${HAN}]{2,6}$`),
  // 两新两重, 两山两化
  new RegExp(`^两[${HAN}]{1,3}两[${HAN}]{1,3}$`),
  // 一国两制 is not one of these; 一带两廊三区 is
  new RegExp(`^一[${HAN}]{1,2}两[${HAN}]{1,2}三[${HAN}]{1,2}$`),
];

/** Is a folded (Simplified-keyed) phrase shaped like a numbered slogan? */
export const isNumberedSlogan = (phrase: string) => SLOGANS.some((shape) => shape.test(phrase));
