/**
 * Telling a passage's script from the characters only one script writes (utils/fold.ts folds
 * both scripts together, so folding says nothing about which one a text is in: 同 and 链 fold,
 * yet are plain Simplified). Pure, no DOM.
 */
import type { Script } from './glossary';
import type { ScriptMarks } from '@/glossary/fold-table';

/** By UTF-16 unit: 1 written only in Simplified, 2 only in Traditional, 0 either or neither. */
export type ScriptTable = Uint8Array;

export function createScriptTable(marks: ScriptMarks): ScriptTable {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < marks.hans.length; i++) table[marks.hans.charCodeAt(i)] = 1;
  for (let i = 0; i < marks.hant.length; i++) table[marks.hant.charCodeAt(i)] = 2;
  return table;
}

/**
 * The script a passage is written in, or null when it holds no character of only one script
 * (or as many of each), so the caller can ask the page (its lang, the rest of its text).
 */
export function scriptOf(table: ScriptTable, text: string): Script | null {
  let hans = 0;
  let hant = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = table[text.charCodeAt(i)];
    if (mark === 1) hans++;
    else if (mark === 2) hant++;
  }
  return hans === hant ? null : hans > hant ? 'hans' : 'hant';
}

/** The script a page's lang names, if it names one (zh-CN, zh-Hans, zh-SG; zh-TW, zh-HK, zh-Hant). */
export function scriptOfLang(lang: string): Script | null {
  if (/^zh-(hans|cn|sg|my)\b/i.test(lang)) return 'hans';
  if (/^zh-(hant|tw|hk|mo)\b/i.test(lang)) return 'hant';
  return null;
}
