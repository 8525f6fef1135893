/**
 * Searching the reader's glossary in the options page: Chinese in either script (through the
 * fold, as the matcher does), pinyin with or without tone marks and spaces, English. Pure.
 */
import type { FoldTable } from '../engine/fold';
import { foldedKey } from '../engine/matcher';

/** "xīn zhì shēng chǎn lì" → "xinzhishengchanli"; ü is written u, as readers type it. */
export function tonelessPinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s'’-]/g, '')
    .toLowerCase();
}

export interface Searchable {
  chinese: string[];
  pinyin: string;
  /** English, notes and ids. */
  other: string[];
}

/** A query tester, made once per query. */
export function createSearch(fold: FoldTable, query: string): (item: Searchable) => boolean {
  const trimmed = query.trim();
  if (!trimmed) return () => true;
  const folded = foldedKey(fold, trimmed);
  const pinyin = tonelessPinyin(trimmed);
  const lower = trimmed.toLowerCase();
  return (item) =>
    item.chinese.some((text) => foldedKey(fold, text).includes(folded)) ||
    (pinyin.length > 0 && tonelessPinyin(item.pinyin).includes(pinyin)) ||
    item.other.some((text) => text.toLowerCase().includes(lower));
}
