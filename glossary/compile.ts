/**
 * Glossary compile: YAML sources in, the runtime glossary out. Pure: files and the reading and
 * conversion functions are passed in, so it runs in unit tests as it runs in the build.
 *
 * Every problem is collected (not just the first) and named by file, entry and field.
 */
import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { createFoldTable, foldText } from '../utils/engine/fold';
import type { Bilingual, CompiledGlossary, GlossaryEntry, MatchTerm } from '../utils/engine/glossary';
import { buildTrie, packTrie } from '../utils/engine/trie';
import type { ScriptMarks } from './fold-table';
import { SourceEntrySchema, SourceFileSchema, type SourceEntry } from './schema';
import { sourceHostOf } from './source-hosts';

/** The mark glossary 1.0's URLs carried until each was vetted (host, where seen): none may keep it. */
const UNVETTED_SEEN = 'glossary 1.0 (before URL provenance was recorded)';

export interface SourceFile {
  /** Path shown in errors, e.g. glossary/entries/economy.yaml. */
  path: string;
  text: string;
}

/** Derivations the compile needs; the build passes pinyin-pro, to-jyutping and opencc-js. */
export interface Derivers {
  pinyin(simplified: string): string;
  jyutping(traditional: string): string;
  toTraditional(simplified: string): string;
  /** Simplified → Taiwan's standard Traditional forms (characters only, not phrasing). */
  toTaiwan(simplified: string): string;
  /** Taiwan Traditional (with Taiwan's phrasing) → mainland Simplified, for entries written in zh-TW. */
  toSimplified(traditional: string): string;
}

export class GlossaryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The glossary has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'GlossaryError';
  }
}

export const where = (file: string, index: number, id: unknown) =>
  `${file}: entry #${index + 1}${typeof id === 'string' ? ` "${id}"` : ''}`;

const fieldPath = (issue: v.BaseIssue<unknown>) =>
  issue.path?.map((p) => String(p.key)).join('.') ?? '(entry)';

/** An entry that passed the schema, with where it was written. */
export interface LocatedEntry {
  file: string;
  index: number;
  category: GlossaryEntry['category'];
  source: SourceEntry;
}

/** Parses the YAML files against the schema: the entries that pass, and a problem for each that does not. */
export function parseSourceFiles(files: SourceFile[]): { located: LocatedEntry[]; problems: string[] } {
  const problems: string[] = [];
  const located: LocatedEntry[] = [];
  for (const file of files) {
    // A control character pasted with a copied title shows as nothing, or as a box, to the reader.
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(file.text);
    if (control) {
      const line = file.text.slice(0, control.index).split('\n').length;
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      problems.push(`${file.path} (line ${line}): holds the control character U+${code}: remove it`);
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(file.text);
    } catch (error) {
      const line = error instanceof YAMLParseError ? ` (line ${error.linePos?.[0].line})` : '';
      problems.push(`${file.path}${line}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const head = v.safeParse(SourceFileSchema, data);
    if (!head.success) {
      for (const issue of head.issues) problems.push(`${file.path}: field "${fieldPath(issue)}" ${issue.message}`);
      continue;
    }
    head.output.entries.forEach((raw, index) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const parsed = v.safeParse(SourceEntrySchema, raw);
      if (!parsed.success) {
        for (const issue of parsed.issues) {
          problems.push(`${where(file.path, index, id)}: field "${fieldPath(issue)}" ${issue.message}`);
        }
        return;
      }
      located.push({ file: file.path, index, category: head.output.category, source: parsed.output });
    });
  }
  return { located, problems };
}

/** What the compile needs of OpenCC's character tables (glossary/fold-table.ts). */
export interface CharacterData {
  foldPairs: string;
  scriptMarks: ScriptMarks;
}

export function compileGlossary(files: SourceFile[], derive: Derivers, characters: CharacterData): CompiledGlossary {
  const { located, problems } = parseSourceFiles(files);
  const fold = createFoldTable(characters.foldPairs);
  /** What the matcher compares: the folded form without white space (see utils/matcher.ts). */
  const matchKey = (form: string) => foldText(fold, form).replace(/\s+/g, '');

  const ids = new Map<string, string>();
  const keyOwner = new Map<string, string>();
  const entries: GlossaryEntry[] = [];
  const terms: MatchTerm[] = [];
  const keysOf: string[][] = []; // by term: its keys, which go into the trie
  for (const { file, index, category, source } of located) {
    const at = where(file, index, source.id);
    if (ids.has(source.id)) problems.push(`${at}: field "id" duplicates the entry in ${ids.get(source.id)}`);
    ids.set(source.id, at);

    const hant = source.hant ?? derive.toTraditional(source.zh);
    if (foldText(fold, hant) !== foldText(fold, source.zh)) {
      problems.push(`${at}: field "hant" ${hant} is not the Traditional form of zh ${source.zh}`);
    }
    const keys: string[] = [];
    for (const form of [source.zh, ...source.aliases]) {
      const key = matchKey(form);
      const owner = keyOwner.get(key);
      if (owner !== undefined) {
        problems.push(`${at}: form ${form} is already ${owner === source.id ? 'listed' : `a form of "${owner}"`}`);
      }
      keyOwner.set(key, source.id);
      keys.push(key);
    }
    if (source.pinyin_note !== undefined && source.pinyin === undefined) {
      problems.push(`${at}: field "pinyin_note" explains a reading that is not written: add the "pinyin" it explains, or remove the note`);
    }
    source.sources.forEach(({ url, seen }, n) => {
      if (seen === UNVETTED_SEEN) {
        problems.push(`${at}: field "sources.${n}.seen" still says the URL was never vetted: check its host and say where you saw it`);
      }
      if (url !== undefined && sourceHostOf(url) === undefined) {
        problems.push(
          `${at}: field "sources.${n}.url" ${new URL(url).hostname} is not an official or first-party host (glossary/source-hosts.ts): ` +
            'remove the url and keep a title naming the original document, or link an official page where you saw it',
        );
      }
    });
    const bilingual = (written: string): Bilingual => {
      if (source.written_in === 'zh-TW') return { hans: derive.toSimplified(written), hant: written };
      const hant = derive.toTraditional(written);
      const tw = derive.toTaiwan(written);
      return tw === hant ? { hans: written, hant } : { hans: written, hant, tw };
    };
    // The Taiwan form of the headword, where Taiwan's standard characters differ (裡/裏, 著/着).
    const tw = source.written_in === 'zh-TW' || source.hant ? undefined : derive.toTaiwan(source.zh);

    keysOf.push(keys);
    terms.push({
      id: source.id,
      category,
      ...(source.context?.unless_preceded_by && { unlessPrecededBy: source.context.unless_preceded_by.map(matchKey) }),
      ...(source.context?.unless_followed_by && { unlessFollowedBy: source.context.unless_followed_by.map(matchKey) }),
    });
    entries.push({
      id: source.id,
      category,
      hans: source.zh,
      hant,
      ...(tw !== undefined && tw !== hant && foldText(fold, tw) === foldText(fold, source.zh) && { tw }),
      aliases: source.aliases,
      pinyin: source.pinyin ?? derive.pinyin(source.zh),
      jyutping: source.jyutping ?? derive.jyutping(hant),
      en: source.en,
      status: source.status,
      meaning: source.meaning,
      explanation: source.explanation,
      zhMeaning: bilingual(source.zh_meaning),
      zhExplanation: bilingual(source.zh_explanation),
      ...(source.members && { members: source.members.map(bilingual) }),
      ...(source.first_use && { firstUse: source.first_use }),
      related: source.related,
      // Where a URL was seen is for reviewers; the reader gets the title and the link.
      sources: source.sources.map(({ title, url }) => ({ title, ...(url !== undefined && { url }) })),
      ...(source.example && {
        example: {
          zh: bilingual(source.example.zh),
          ...(source.example.en && { en: source.example.en }),
          ...(source.example.source && { source: source.example.source }),
        },
      }),
    });
  }

  for (const { file, index, source } of located) {
    for (const related of source.related) {
      if (!ids.has(related)) problems.push(`${where(file, index, source.id)}: field "related" names unknown entry "${related}"`);
      if (related === source.id) problems.push(`${where(file, index, source.id)}: field "related" names the entry itself`);
    }
  }

  if (problems.length > 0) throw new GlossaryError(problems);
  return { match: { version: 4, ...characters, trie: packTrie(buildTrie(keysOf)), terms }, entries };
}
