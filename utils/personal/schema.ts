/**
 * The reader's personal glossary as stored and exported: notes on bundled entries, own terms and
 * hidden bundled entries, each a record with its own `updatedAt` so two copies (this browser and
 * sync, or a file) merge record by record. Removals leave a tombstone for the same reason.
 *
 * One valibot schema checks stored data, imports and sync alike; its messages are written to be
 * shown to the reader after the path of the field ("ownTerms[2].term: must be …").
 */
import * as v from 'valibot';

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

const BUNDLED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Own ids never look like bundled ones, so the two cannot collide in the matcher or the popover. */
export const OWN_ID = /^own-[a-z0-9]{4,40}$/;

const bundledId = v.pipe(
  v.string('must be text'),
  v.maxLength(100, 'is too long for an entry id'),
  v.regex(BUNDLED_ID, 'must be a bundled entry id (kebab-case, e.g. "new-quality-productive-forces")'),
);
const time = v.pipe(v.number('must be a number (milliseconds since 1970)'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const text = (max: number) => v.pipe(v.string('must be text'), v.maxLength(max, `must be ${max} characters at most`));
const form = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.minLength(2, 'must be two characters or more (one character would match everywhere)'),
  v.maxLength(LIMITS.term, `must be ${LIMITS.term} characters at most`),
);
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(LIMITS.records, `must hold ${LIMITS.records} records at most`));

export const NoteSchema = v.strictObject(
  { entryId: bundledId, text: v.pipe(text(LIMITS.note), v.trim(), v.nonEmpty('must not be empty')), updatedAt: time },
  'must be a note { entryId, text, updatedAt } with no other fields',
);

export const OwnTermSchema = v.strictObject(
  {
    id: v.pipe(v.string('must be text'), v.regex(OWN_ID, 'must be an own-term id like "own-k3x9a2"')),
    term: form,
    script: v.picklist(['hans', 'hant'], 'must be "hans" or "hant"'),
    aliases: v.pipe(v.array(form, 'must be a list'), v.maxLength(LIMITS.aliases, `must hold ${LIMITS.aliases} forms at most`)),
    pinyin: text(LIMITS.pinyin),
    en: text(LIMITS.en),
    meaning: text(LIMITS.meaning),
    note: text(LIMITS.note),
    /** A bundled entry this term takes the place of: its forms stop matching, this term shows instead. */
    replaces: v.optional(bundledId),
    /** The page the term was first met on. Only http(s), so it is safe to show as a link. */
    source: v.optional(
      v.pipe(v.string('must be text'), v.maxLength(LIMITS.url, 'is too long for a URL'), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')),
    ),
    createdAt: time,
    updatedAt: time,
  },
  'must be an own term { id, term, script, aliases, pinyin, en, meaning, note, createdAt, updatedAt } with no other fields',
);

export const HiddenSchema = v.strictObject({ entryId: bundledId, updatedAt: time }, 'must be { entryId, updatedAt }');

/** A removed record: `key` as recordKey() makes it. */
export const TombstoneSchema = v.strictObject(
  { key: v.pipe(v.string('must be text'), v.regex(/^(note|term|hidden):[a-z0-9-]+$/, 'must be a record key')), at: time },
  'must be { key, at }',
);

const unique = <T>(what: string, keyOf: (item: T) => string) =>
  v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Map<string, number>();
    dataset.value.forEach((item, index) => {
      const key = keyOf(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else addIssue({ message: `duplicate ${what} "${key}" (also at [${first}])`, path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: item }] });
    });
  });

export const PersonalGlossarySchema = v.strictObject(
  {
    version: v.literal(PERSONAL_VERSION, `must be ${PERSONAL_VERSION}`),
    notes: v.pipe(list(NoteSchema), unique<Note>('note for', (n) => n.entryId)),
    ownTerms: v.pipe(
      list(OwnTermSchema),
      unique<OwnTerm>('own-term id', (t) => t.id),
      unique<OwnTerm>('own term', (t) => t.term),
    ),
    hidden: v.pipe(list(HiddenSchema), unique<Hidden>('hidden entry', (h) => h.entryId)),
    deleted: v.pipe(list(TombstoneSchema), unique<Tombstone>('removal of', (t) => t.key)),
  },
  'must be a personal glossary { version, notes, ownTerms, hidden, deleted } with no other fields',
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

/** "ownTerms[2].term: must be text" */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export type Validated = { ok: true; glossary: PersonalGlossary } | { ok: false; errors: string[] };

/** Checks a current-version document; every problem is listed (the first few are enough to show). */
export function validatePersonal(doc: unknown): Validated {
  const result = v.safeParse(PersonalGlossarySchema, doc);
  return result.success ? { ok: true, glossary: result.output } : { ok: false, errors: result.issues.map(describeIssue) };
}
