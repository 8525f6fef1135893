/**
 * The reader's personal glossary as stored and exported: notes on bundled entries, own terms and
 * hidden bundled entries, each a record with its own `updatedAt` so two copies (this browser and
 * sync, or a file) merge record by record. Removals leave a tombstone for the same reason.
 *
 * One valibot schema checks stored data, imports and sync alike; its messages are written to be
 * shown to the reader after the path of the field ("ownTerms[2].term: must be …"), in the browser's
 * language: each is a function, so it is looked up only when a problem is found.
 */
import * as v from 'valibot';
import { t, type MessageKey } from '../i18n';

/** The schema version written now. A new version needs a step in migrations/ and a fixture in tests/fixtures/personal/. */
export const PERSONAL_VERSION = 1;

export const LIMITS = {
  term: 40,
  aliases: 20,
  pinyin: 200,
  en: 200,
  meaning: 1000,
  note: 2000,
  url: 2000,
  /** Per list (notes, own terms, hidden, tombstones): far above any reader's use, low enough to stay fast. */
  records: 10_000,
  /** An import file larger than this is refused before it is read. */
  fileBytes: 5 * 1024 * 1024,
} as const;

/** A rule's message for the reader. */
const rule =
  (key: MessageKey, ...substitutions: (string | number)[]) =>
  () =>
    t(key, ...substitutions);

const BUNDLED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Own ids never look like bundled ones, so the two cannot collide in the matcher or the popover. */
export const OWN_ID = /^own-[a-z0-9]{4,40}$/;

const bundledId = v.pipe(
  v.string(rule('ruleText')),
  v.maxLength(100, rule('ruleEntryIdLength')),
  v.regex(BUNDLED_ID, rule('ruleEntryId')),
);
const time = v.pipe(v.number(rule('ruleTime')), v.integer(rule('ruleWhole')), v.minValue(0, rule('ruleNotNegative')));
const text = (max: number) => v.pipe(v.string(rule('ruleText')), v.maxLength(max, rule('ruleMaxChars', max)));
const form = v.pipe(
  v.string(rule('ruleText')),
  v.trim(),
  v.minLength(2, rule('ruleMinForm')),
  v.maxLength(LIMITS.term, rule('ruleMaxChars', LIMITS.term)),
);
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, rule('ruleList')), v.maxLength(LIMITS.records, rule('ruleMaxRecords', LIMITS.records)));

export const NoteSchema = v.strictObject(
  { entryId: bundledId, text: v.pipe(text(LIMITS.note), v.trim(), v.nonEmpty(rule('ruleNotEmpty'))), updatedAt: time },
  rule('ruleNoteShape'),
);

export const OwnTermSchema = v.strictObject(
  {
    id: v.pipe(v.string(rule('ruleText')), v.regex(OWN_ID, rule('ruleOwnId'))),
    term: form,
    script: v.picklist(['hans', 'hant'], rule('ruleScript')),
    aliases: v.pipe(v.array(form, rule('ruleList')), v.maxLength(LIMITS.aliases, rule('ruleMaxForms', LIMITS.aliases))),
    pinyin: text(LIMITS.pinyin),
    en: text(LIMITS.en),
    meaning: text(LIMITS.meaning),
    note: text(LIMITS.note),
    /** A bundled entry this term takes the place of: its forms stop matching, this term shows instead. */
    replaces: v.optional(bundledId),
    /** The page the term was first met on. Only http(s), so it is safe to show as a link. */
    source: v.optional(
      v.pipe(v.string(rule('ruleText')), v.maxLength(LIMITS.url, rule('ruleUrlLength')), v.regex(/^https?:\/\/\S+$/, rule('ruleUrl'))),
    ),
    createdAt: time,
    updatedAt: time,
  },
  rule('ruleOwnTermShape'),
);

export const HiddenSchema = v.strictObject({ entryId: bundledId, updatedAt: time }, rule('ruleHiddenShape'));

/** A removed record: `key` as recordKey() makes it. */
export const TombstoneSchema = v.strictObject(
  { key: v.pipe(v.string(rule('ruleText')), v.regex(/^(note|term|hidden):[a-z0-9-]+$/, rule('ruleRecordKey'))), at: time },
  rule('ruleTombstoneShape'),
);

const unique = <T>(duplicate: MessageKey, keyOf: (item: T) => string) =>
  v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Map<string, number>();
    dataset.value.forEach((item, index) => {
      const key = keyOf(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else addIssue({ message: t(duplicate, key, first), path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: item }] });
    });
  });

export const PersonalGlossarySchema = v.strictObject(
  {
    version: v.literal(PERSONAL_VERSION, rule('ruleExactly', PERSONAL_VERSION)),
    notes: v.pipe(list(NoteSchema), unique<Note>('ruleDuplicateNote', (n) => n.entryId)),
    ownTerms: v.pipe(
      list(OwnTermSchema),
      unique<OwnTerm>('ruleDuplicateOwnId', (t) => t.id),
      unique<OwnTerm>('ruleDuplicateOwnTerm', (t) => t.term),
    ),
    hidden: v.pipe(list(HiddenSchema), unique<Hidden>('ruleDuplicateHidden', (h) => h.entryId)),
    deleted: v.pipe(list(TombstoneSchema), unique<Tombstone>('ruleDuplicateRemoval', (t) => t.key)),
  },
  rule('ruleGlossaryShape'),
);

export type Note = v.InferOutput<typeof NoteSchema>;
export type OwnTerm = v.InferOutput<typeof OwnTermSchema>;
export type Hidden = v.InferOutput<typeof HiddenSchema>;
export type Tombstone = v.InferOutput<typeof TombstoneSchema>;
export type PersonalGlossary = v.InferOutput<typeof PersonalGlossarySchema>;

export const EMPTY_PERSONAL: PersonalGlossary = { version: PERSONAL_VERSION, notes: [], ownTerms: [], hidden: [], deleted: [] };

/** The key a record is merged and removed by: one namespace per kind. */
export const recordKey = {
  note: (note: Pick<Note, 'entryId'>) => `note:${note.entryId}`,
  term: (term: Pick<OwnTerm, 'id'>) => `term:${term.id}`,
  hidden: (hidden: Pick<Hidden, 'entryId'>) => `hidden:${hidden.entryId}`,
};

/** "ownTerms[2].term", or '' for a problem with the whole value. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** "ownTerms[2].term: must be text" */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

export type Validated = { ok: true; glossary: PersonalGlossary } | { ok: false; errors: string[] };

/** Checks a current-version document; every problem is listed (the first few are enough to show). */
export function validatePersonal(doc: unknown): Validated {
  const result = v.safeParse(PersonalGlossarySchema, doc);
  return result.success ? { ok: true, glossary: result.output } : { ok: false, errors: result.issues.map(describeIssue) };
}
