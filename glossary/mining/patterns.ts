/** The shapes of a formulation that counting alone would rank too low: quoted phrases, numbered slogans. Pure. */

/** The Han characters, as the inside of a RegExp character class. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff〇';
export const isHanUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;

/** A phrase of 2–12 Han characters set in quotation marks (“” 「」 『』 ‘’): the phrase is group 1. */
export const quotedPhrase = () => new RegExp(`[“「『‘]([${HAN}]{2,12})[”」』’]`, 'g');

/** Phrases set in quotation marks, counted by their key (the fold). */
export function quotedPhrases(text: string, key: (phrase: string) => string, counts = new Map<string, number>()): Map<string, number> {
  for (const [, phrase] of text.matchAll(quotedPhrase())) {
    const k = key(phrase!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** A Chinese numeral, as a RegExp class. */
export const NUMERAL = '[一二两三四五六七八九十百千万]';
const SLOGAN_SHAPES = {
  // 四个全面, 三大攻坚战, 八项规定, 两条底线, 五点主张
  numbered: new RegExp(`^${NUMERAL}{1,3}[个大项条点][${HAN}]{2,6}$`),
  // 两新两重, 两山两化
  paired: new RegExp(`^两[${HAN}]{1,3}两[${HAN}]{1,3}$`),
  // 一国两制 is not one of these; 一带两廊三区 is
  series: new RegExp(`^一[${HAN}]{1,2}两[${HAN}]{1,2}三[${HAN}]{1,2}$`),
};
export type SloganShape = keyof typeof SLOGAN_SHAPES;

/** The numbered-slogan shape of a folded (Simplified-keyed) phrase, if it has one. */
export const sloganShape = (phrase: string): SloganShape | null =>
  (Object.keys(SLOGAN_SHAPES) as SloganShape[]).find((shape) => SLOGAN_SHAPES[shape].test(phrase)) ?? null;

/** Is a folded (Simplified-keyed) phrase shaped like a numbered slogan? */
export const isNumberedSlogan = (phrase: string) => sloganShape(phrase) !== null;

// A phrase that begins or ends with a particle or a linking word is a piece of a sentence, not a
// name; one that ends in 摄 is a photo credit.
export const BAD_START = new Set('的了着们并而但把被也之其');
export const BAD_END = new Set('的了着和与及是在将把被并而或但还又也都就从向对于让使给摄');
