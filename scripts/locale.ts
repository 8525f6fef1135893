/**
 * The extension's words in Node, read from public/_locales, for the text tools: a translator per
 * language for the page's glossary, and the same words behind utils/i18n's `t` for the shared code
 * that calls it (the personal glossary's import and its errors).
 *
 * Import this module before any module that imports utils/i18n: `wxt/browser` takes
 * `globalThis.chrome` when it is first loaded, and Node has none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageFrom, type Catalog } from '../utils/locale-messages';
import type { GlossaryLanguage, Translate } from '../utils/page-glossary';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/_locales');
const FOLDER = { en: 'en', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' } as const;
const catalogs = new Map<GlossaryLanguage, Catalog>();

const catalog = (language: GlossaryLanguage) =>
  catalogs.get(language) ?? catalogs.set(language, JSON.parse(readFileSync(path.join(LOCALES, FOLDER[language], 'messages.json'), 'utf8')) as Catalog).get(language)!;

export const translator = (language: GlossaryLanguage): Translate => (key, ...substitutions) => messageFrom(catalog(language), key, substitutions);

let current: GlossaryLanguage = 'en';
/** The language `t` answers in from now on (a tool sets it from its --lang). */
export function speak(language: GlossaryLanguage): void {
  current = language;
}

const global = globalThis as { chrome?: unknown };
global.chrome ??= {
  i18n: { getMessage: (key: string, substitutions?: string | string[]) => messageFrom(catalog(current), key, ([] as string[]).concat(substitutions ?? [])) },
};
