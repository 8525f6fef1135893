/**
 * Which script a page's original text is in, to pick OpenCC's `from` locale: a text that
 * Traditional→Simplified conversion changes in more than a few of its Han characters is
 * Traditional, and its region comes from the page's `lang` (Hong Kong and Macau, Taiwan, or
 * neither: OpenCC standard). A threshold, not "any change", because Simplified text keeps a few
 * characters the conversion touches. Pure: the converter is passed in.
 */
import { HAN } from './plan';
import type { SourceScript } from './targets';

export function detectSource(sample: string, lang: string, toSimplified: (text: string) => string): SourceScript {
  // Code points, not UTF-16 units: a few conversions cross into the supplementary planes.
  const before = Array.from(sample);
  const after = Array.from(toSimplified(sample));
  let han = 0;
  let changed = 0;
  before.forEach((char, i) => {
    if (!HAN.test(char)) return;
    han++;
    if (after[i] !== char) changed++;
  });
  if (han > 0 && changed < han * 0.03) return 'cn';
  return traditionalRegion(lang);
}

/**
 * The Traditional source a page's `lang` points to (Hong Kong and Macau, Taiwan, or OpenCC
 * standard). Any of them to Simplified tells the scripts apart equally well, so the converter
 * page detects with this one and, on a Traditional page, has the converter it needs built once.
 */
export function traditionalRegion(lang: string): Exclude<SourceScript, 'cn'> {
  if (/\b(HK|MO)\b/i.test(lang)) return 'hk';
  if (/\bTW\b/i.test(lang)) return 'tw';
  return 't';
}
