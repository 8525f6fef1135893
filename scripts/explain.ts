/**
 * npm run explain -- FILE [--lang en|zh-CN|zh-TW] [--script hans|hant] [--format md|text]
 *                         [--notes MY-GLOSSARY.json] [--title TITLE]
 *
 * Prints the glossary of the jargon in a UTF-8 text, in order of first appearance with counts,
 * ready to paste under an article: in Markdown (or plain text), with the meanings and the words
 * in English (or Simplified or Traditional Chinese), the terms in the text's script unless
 * --script says another, the reader's notes from a My glossary export (the options page's JSON)
 * under their terms, and headed with the file's name (or --title). The popup's "This page's
 * glossary" gives the same text (utils/page-glossary.ts formats both).
 */
import { speak, translator } from './locale'; // first: gives utils/i18n its words in Node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseImport } from '../utils/personal/formats';
import { GLOSSARY_FORMATS, GLOSSARY_LANGUAGES, pageGlossary, type GlossaryFormat, type GlossaryLanguage } from '../utils/page-glossary';
import type { Script } from '../utils/engine/glossary';
import { runWhenCalled, type Output } from './cli';
import { countByEntry, loadGlossary } from './text-terms';

const USAGE =
  'usage: npm run explain -- FILE [--lang en|zh-CN|zh-TW] [--script hans|hant] [--format md|text] [--notes MY-GLOSSARY.json] [--title TITLE]\n';
const SCRIPTS: readonly Script[] = ['hans', 'hant'];
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => value === undefined || list.includes(value as T);

function readText(file: string, err: Output): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    err.write(`explain: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

export function main(args: string[], out: Output, err: Output): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, script: { type: 'string' }, format: { type: 'string' }, notes: { type: 'string' }, title: { type: 'string' } },
    });
  } catch (error) {
    err.write(`explain: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals: files, values: options } = parsed;
  const [file] = files;
  if (!file || files.length > 1 || !oneOf(GLOSSARY_LANGUAGES, options.lang) || !oneOf(SCRIPTS, options.script) || !oneOf(GLOSSARY_FORMATS, options.format)) {
    err.write(USAGE);
    return 2;
  }
  const language: GlossaryLanguage = options.lang ?? 'en';
  speak(language);
  const text = readText(file, err);
  if (text === undefined) return 1;

  let notes: Map<string, string> | undefined;
  if (options.notes !== undefined) {
    const exported = readText(options.notes, err);
    if (exported === undefined) return 1;
    const personal = parseImport(exported, options.notes);
    if (!personal.ok) {
      err.write(`explain: ${options.notes}: ${personal.error}\n`);
      return 1;
    }
    notes = new Map(personal.glossary.notes.map((note) => [note.entryId, note.text]));
  }

  const glossary = loadGlossary();
  const { occurrences, script } = glossary.termsIn(text);
  const rows = countByEntry(occurrences).map(([id, count]) => ({ entry: glossary.entries.get(id)!, count }));
  const format: GlossaryFormat = options.format ?? 'md';
  out.write(
    pageGlossary(rows, {
      title: options.title ?? path.basename(file),
      language,
      script: options.script ?? script,
      format,
      ...(notes && { notes }),
      translate: translator(language),
    }),
  );
  return 0;
}

runWhenCalled(import.meta.url, main);
