/**
 * What the popover shows for an own term (pure). Its heading follows the script of the text it is
 * met in, as bundled terms do: the form as written there when the reader typed the term in the
 * other script (机不可失 met as 機不可失). An own term that takes a bundled entry's place shows the
 * bundled reading, English and meaning for the fields the reader left empty: an empty field means
 * "not written", not "hide Tifa's explanation" (hiding a bundled term is its own choice).
 */
import { explanationIn, type GlossaryEntry, type Script } from '../engine/glossary';
import type { OwnTerm } from './schema';

export interface OwnTermView {
  heading: string;
  script: Script;
  pinyin: string;
  en: string;
  meaning: string;
  /** The language of `meaning`: the reader's own text is marked as Chinese or English by the page's UI. */
  meaningLang?: string;
}

export function ownTermView(
  term: OwnTerm,
  seen: { script: Script; asWritten?: string },
  bundled: GlossaryEntry | undefined,
  language: 'en' | Script,
): OwnTermView {
  const other = term.script !== seen.script && seen.asWritten;
  const fallback = bundled ? explanationIn(bundled, language) : undefined;
  return {
    heading: other ? seen.asWritten! : term.term,
    script: other ? seen.script : term.script,
    pinyin: term.pinyin || (bundled?.pinyin ?? ''),
    en: term.en || (bundled?.en ?? ''),
    meaning: term.meaning || (fallback?.meaning ?? ''),
    ...(!term.meaning && fallback ? { meaningLang: fallback.lang } : {}),
  };
}
