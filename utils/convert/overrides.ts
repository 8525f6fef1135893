/**
 * The project's corrections to OpenCC, applied to its output. Keys are written in the target
 * script (what OpenCC produced), values are what the page should show. Each entry was checked
 * against opencc-js 1.4.2; tests/unit/convert-overrides.test.ts keeps them honest.
 */
import type { ScriptTarget } from './targets';

const TRADITIONAL: [string, string][] = [
  // BYVoid/OpenCC#1497 (open): 发 read as 髮 (hair), 了 as 瞭, 制 left as 制 before 造.
  ['被髮明', '被發明'],
  ['展示瞭如何', '展示了如何'],
  ['參與制造', '參與製造'],
  // The phrase 个中 (箇中, "therein") is taken across 一个 + 中…: 一个中国 became 一箇中國.
  ['一箇中', '一個中'],
];

export const OVERRIDES: Record<ScriptTarget, [string, string][]> = {
  cn: [
    // Taiwan's 著 has no phrase entry in these words, so tw→cn reads it as 着 (zhe).
    ['土着', '土著'],
    ['原着', '原著'],
    // Character-level converters turn these into 着名 and 干隆 (New Tong Wen Tang #17, #27, #39);
    // OpenCC's phrases get them right, kept here so a dictionary change cannot regress them.
    ['着名', '著名'],
    ['干隆', '乾隆'],
  ],
  t: TRADITIONAL,
  hk: TRADITIONAL,
  tw: TRADITIONAL,
  twp: [
    ...TRADITIONAL,
    // s2twp reads 的士 (taxi) inside 勇敢的士兵 (BYVoid/OpenCC#664, open).
    ['計程車兵', '的士兵'],
  ],
};

/** A post-pass replacing every key, longest first where keys overlap. Identity when there are none. */
export function createOverrides(pairs: readonly (readonly [string, string])[]): (text: string) => string {
  if (pairs.length === 0) return (text) => text;
  const table = new Map(pairs);
  const keys = [...table.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (key) => table.get(key)!);
}
