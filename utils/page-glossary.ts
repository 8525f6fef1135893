/**
 * The glossary of a text to take away: its terms in order of first appearance, each with pinyin,
 * the official English and the one-line meaning, in Markdown or plain text, in the reader's
 * language and the text's script. The one formatter of both the popup's copy and download and
 * `npm run explain`, so the two give the same text. Pure: the words come from `translate`.
 */
import { explanationIn, inTaiwanForms, type GlossaryEntry, type Script } from './engine/glossary';
import type { MessageKey } from './i18n';

export const GLOSSARY_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];
export const GLOSSARY_FORMATS = ['md', 'text'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** The extension's words in one language (utils/i18n's `t`, or the catalog the text tools read). */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface PageGlossaryOptions {
  /** The page's title or the file's name. */
  title: string;
  language: GlossaryLanguage;
  script: Script;
  format: GlossaryFormat;
  /** The reader's notes by entry id, when they are asked for. */
  notes?: ReadonlyMap<string, string>;
  translate: Translate;
}

/** The language of the meanings: English, or Chinese in the reader's script (Taiwan's characters for zh-TW). */
const MEANING_LANGUAGE = { en: 'en', 'zh-CN': 'hans', 'zh-TW': 'hant' } as const;

/** The text's script where it says nothing itself: the script most of its terms are first written in. */
export function mainScript(found: readonly { script: Script }[]): Script {
  const hant = found.filter((f) => f.script === 'hant').length;
  return hant * 2 > found.length ? 'hant' : 'hans';
}

export function pageGlossary(rows: readonly { entry: GlossaryEntry; count: number }[], options: PageGlossaryOptions): string {
  const { translate: t, format, script, notes } = options;
  const md = format === 'md';
  const lines = [md ? `## ${t('glossaryHeading', options.title)}` : t('glossaryHeading', options.title), ''];
  if (rows.length === 0) lines.push(t('glossaryNone'));
  for (const { entry: bundled, count } of rows) {
    const entry = options.language === 'zh-TW' ? inTaiwanForms(bundled) : bundled;
    const term = md ? `**${entry[script]}** *${entry.pinyin}*` : `${entry[script]} (${entry.pinyin})`;
    const times = count === 1 ? '' : t('glossaryTimes', count);
    lines.push(`- ${t('glossaryLine', term, entry.en, times, explanationIn(entry, MEANING_LANGUAGE[options.language]).meaning)}`);
    const note = notes?.get(entry.id)?.trim();
    // Indented under its term: a Markdown sub-item, and in plain text a continued line.
    if (note) lines.push(`  ${md ? '- ' : ''}${t('glossaryNote', note).replace(/\n/g, '\n    ')}`);
  }
  const footer = t('glossaryFooter', rows.length);
  lines.push('', md ? `*${footer}*` : footer);
  return `${lines.join('\n')}\n`;
}
