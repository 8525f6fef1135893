/**
 * Exports (JSON, CSV, Anki TSV) and imports (JSON, CSV) of the personal glossary. Pure: text in,
 * text or a validated glossary out. An import either yields a whole valid glossary or an error
 * naming the line or field (in the browser's language; line numbers and field names as in the file);
 * nothing partial.
 */
import * as v from 'valibot';
import type { GlossaryEntry } from '../engine/glossary';
import { t } from '../i18n';
import { parseCsv, writeCsv } from './csv';
import { newOwnId } from './edits';
import { migrate } from './migrations';
import {
  issuePath,
  EMPTY_PERSONAL,
  HiddenSchema,
  LIMITS,
  NoteSchema,
  OwnTermSchema,
  drain,
  validateInSteps,
  type PersonalGlossary,
  type Progress,
} from './schema';

export const JSON_FORMAT = 'tifa-personal-glossary';

export type Imported = { ok: true; glossary: PersonalGlossary } | { ok: false; error: string };

const fail = (error: string): Imported => ({ ok: false, error });

// ---- export ----

/** The complete glossary, tombstones included, re-importable by this and later versions. */
export function toJson(glossary: PersonalGlossary, exportedAt = new Date()): string {
  return JSON.stringify({ format: JSON_FORMAT, exportedAt: exportedAt.toISOString(), ...glossary }, null, 2) + '\n';
}

export const CSV_COLUMNS = ['kind', 'id', 'term', 'script', 'aliases', 'pinyin', 'en', 'meaning', 'note', 'replaces', 'source', 'created', 'updated'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The CSV column of each stored field whose name differs. */
const FIELD_COLUMNS: Record<string, Column> = { entryId: 'id', text: 'note', createdAt: 'created', updatedAt: 'updated' };

/** Between aliases in one CSV cell. */
const ALIAS_SEPARATOR = '; ';

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; a leading apostrophe makes them
 * show it as text, and the CSV import takes the apostrophe off again.
 */
const FORMULA = /^[=+\-@\t\r]/;
const spreadsheetSafe = (field: string) => (FORMULA.test(field) ? `'${field}` : field);
const fromSpreadsheet = (field: string) => (field.startsWith("'") && FORMULA.test(field.slice(1)) ? field.slice(1) : field);

const iso = (time: number) => new Date(time).toISOString();

/** For spreadsheets: one row per note, own term and hidden entry (removals are left out). */
export function toCsv(glossary: PersonalGlossary, entries?: ReadonlyMap<string, GlossaryEntry>): string {
  const row = (values: Partial<Record<Column, string>>) => CSV_COLUMNS.map((c) => spreadsheetSafe(values[c] ?? ''));
  return writeCsv([
    [...CSV_COLUMNS],
    ...glossary.notes.map((n) => row({ kind: 'note', id: n.entryId, term: entries?.get(n.entryId)?.hans, note: n.text, updated: iso(n.updatedAt) })),
    ...glossary.ownTerms.map((t) =>
      row({
        kind: 'term',
        id: t.id,
        term: t.term,
        script: t.script,
        aliases: t.aliases.join(ALIAS_SEPARATOR),
        pinyin: t.pinyin,
        en: t.en,
        meaning: t.meaning,
        note: t.note,
        replaces: t.replaces,
        source: t.source,
        created: iso(t.createdAt),
        updated: iso(t.updatedAt),
      }),
    ),
    ...glossary.hidden.map((h) => row({ kind: 'hidden', id: h.entryId, term: entries?.get(h.entryId)?.hans, updated: iso(h.updatedAt) })),
  ]);
}

/**
 * Anki's text import: tab-separated Term, Reading, Meaning, Note, with the file headers Anki reads
 * (2.1.55+) so it needs no settings. Own terms, and bundled terms the reader wrote a note on.
 */
export function toAnkiTsv(glossary: PersonalGlossary, entries: ReadonlyMap<string, GlossaryEntry>): string {
  const meaning = (en: string, text: string) => [en, text].filter(Boolean).join(' — ');
  const rows: string[][] = [
    ...glossary.ownTerms.map((t) => [t.term, t.pinyin, meaning(t.en, t.meaning), t.note]),
    ...glossary.notes.flatMap((n) => {
      const entry = entries.get(n.entryId);
      return entry ? [[entry.hans === entry.hant ? entry.hans : `${entry.hans} / ${entry.hant}`, entry.pinyin, meaning(entry.en, entry.meaning), n.text]] : [];
    }),
  ];
  const header = '#separator:tab\n#html:false\n#columns:Term\tReading\tMeaning\tNote\n';
  return header + (rows.length ? writeCsv(rows, '\t') : '');
}

// ---- import ----

function lineAndColumn(text: string, position: number): [line: number, column: number] {
  const before = text.slice(0, position);
  return [before.split('\n').length, position - before.lastIndexOf('\n')];
}

/** A file larger than the limit, for the options page too (it refuses one before reading it). */
/** The size in MB to one decimal; rounded up where rounding would make a file over the limit read as the limit. */
export function tooLarge(size: number): string {
  const limit = LIMITS.fileBytes / 1048576;
  const nearest = Math.round(size / 104_857.6) / 10;
  return t('errFileTooLarge', (nearest > limit ? nearest : Math.ceil(size / 104_857.6) / 10).toFixed(1), limit);
}

function* parseJson(text: string): Generator<Progress, Imported> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined) return fail(t('errJsonAt', ...lineAndColumn(text, Number(position))));
    return fail(/end of (JSON )?input/i.test(message) ? t('errJsonCutShort') : t('errJsonInvalid', message));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(t('errNotExportObject'));
  const { format, exportedAt: _exportedAt, ...doc } = raw as Record<string, unknown>;
  if (format !== JSON_FORMAT) return fail(t('errNotExportFormat', JSON_FORMAT));
  const migrated = migrate(doc);
  if (!migrated.ok) return fail(migrated.error);
  const valid = yield* validateInSteps(migrated.doc);
  if (!valid.ok) return fail(problems(valid.errors));
  return { ok: true, glossary: valid.glossary };
}

function problems(errors: string[]): string {
  const shown = errors.slice(0, 5).join('\n');
  return errors.length > 5 ? `${shown}\n${t('errMoreProblems', errors.length - 5)}` : shown;
}

function parseTime(value: string, fallback: number): number | null {
  if (!value) return fallback;
  const time = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(time) && time >= 0 ? time : null;
}

function* parseCsvGlossary(text: string, now: number): Generator<Progress, Imported> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.error);
  const [header, ...rows] = parsed.rows;
  if (!header) return fail(t('errCsvEmpty'));
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const missing = ['kind', 'id', 'term', 'note'].filter((c) => !columns.includes(c));
  if (missing.length) return fail(t('errAtLine', 1, t('errCsvMissingColumns', CSV_COLUMNS.join(', '), missing.join(', '))));
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    const names = unknown.map((c) => `"${c}"`).join(', ');
    return fail(t('errAtLine', 1, t(unknown.length > 1 ? 'errCsvUnknownColumns' : 'errCsvUnknownColumn', names)));
  }

  const glossary: PersonalGlossary = { ...EMPTY_PERSONAL, notes: [], ownTerms: [], hidden: [] };
  /** list name → index → line, to name the line of a duplicate found later. */
  const lines = { notes: [] as number[], ownTerms: [] as number[], hidden: [] as number[] };
  for (const [index, row] of rows.entries()) {
    yield [index, rows.length * 2]; // each row is read, then checked with the others
    if (row.fields.length !== columns.length) {
      return fail(t('errAtLine', row.line, t('errCsvFieldCount', row.fields.length, columns.length)));
    }
    const cell = (c: Column) => fromSpreadsheet(row.fields[columns.indexOf(c)] ?? '').trim();
    const at = (c: Column) => parseTime(cell(c), now);
    const created = at('created');
    const updated = at('updated');
    if (created === null || updated === null) return fail(t('errAtCell', row.line, `"${created === null ? 'created' : 'updated'}"`, t('errCsvDate')));
    const check = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | string => {
      const result = v.safeParse(schema, value);
      if (result.success) return result.output;
      // The problem under the name of its CSV column, not of the stored field.
      const issue = result.issues[0]!;
      const field = issuePath(issue).replace(/^(\w+)/, (name) => FIELD_COLUMNS[name] ?? name);
      return field ? t('errAtCell', row.line, field, issue.message) : t('errAtLine', row.line, issue.message);
    };
    const kind = cell('kind');
    if (kind === 'note') {
      const note = check(NoteSchema, { entryId: cell('id'), text: cell('note'), updatedAt: updated });
      if (typeof note === 'string') return fail(note);
      glossary.notes.push(note);
      lines.notes.push(row.line);
    } else if (kind === 'term') {
      const term = check(OwnTermSchema, {
        id: cell('id') || newOwnId(),
        term: cell('term'),
        script: cell('script') || 'hans',
        aliases: cell('aliases') ? cell('aliases').split(';').map((a) => a.trim()).filter(Boolean) : [],
        pinyin: cell('pinyin'),
        en: cell('en'),
        meaning: cell('meaning'),
        note: cell('note'),
        ...(cell('replaces') ? { replaces: cell('replaces') } : {}),
        ...(cell('source') ? { source: cell('source') } : {}),
        createdAt: created,
        updatedAt: updated,
      });
      if (typeof term === 'string') return fail(term);
      glossary.ownTerms.push(term);
      lines.ownTerms.push(row.line);
    } else if (kind === 'hidden') {
      const hidden = check(HiddenSchema, { entryId: cell('id'), updatedAt: updated });
      if (typeof hidden === 'string') return fail(hidden);
      glossary.hidden.push(hidden);
      lines.hidden.push(row.line);
    } else {
      return fail(t('errAtCell', row.line, '"kind"', t('errCsvKind')));
    }
  }
  const checks = validateInSteps(glossary);
  let valid: ReturnType<typeof checks.next>;
  while (!(valid = checks.next()).done) yield [rows.length + valid.value[0] / 2, rows.length * 2];
  if (!valid.value.ok) {
    // Name the line of the first problem (a duplicate or too many rows) instead of its index.
    const { at, errors } = valid.value;
    const line = at && at.list in lines ? lines[at.list as keyof typeof lines][at.index] : undefined;
    return fail(line ? t('errAtLine', line, errors[0]!.replace(/^[^:：]+[:：]\s*/, '')) : problems(errors));
  }
  return { ok: true, glossary: valid.value.glossary };
}

/**
 * Reads an import file. JSON or CSV is told by the name's extension, else by the first character.
 * Yields its progress record by record, so a large file can be read in slices (runInSlices).
 * @param now the time given to CSV rows without dates.
 */
export function* importSteps(text: string, fileName: string, now = Date.now()): Generator<Progress, Imported> {
  // Characters, not bytes, but a file within the limit is never refused: UTF-8 has at least one byte per character.
  if (text.length > LIMITS.fileBytes) {
    return fail(tooLarge(text.length));
  }
  const body = text.replace(/^\uFEFF/, ''); // Excel and Notepad begin UTF-8 files with a byte-order mark.
  if (body.trim() === '') return fail(t('errFileEmpty'));
  const csv = /\.csv$/i.test(fileName) || (!/\.json$/i.test(fileName) && !body.trimStart().startsWith('{'));
  return csv ? yield* parseCsvGlossary(body, now) : yield* parseJson(body);
}

/** Reads an import file at once: importSteps run to the end. */
export const parseImport = (text: string, fileName: string, now = Date.now()): Imported => drain(importSteps(text, fileName, now));
