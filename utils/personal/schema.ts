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
// The count is formatted when the message is shown, not when the schema is built: every reader
// evaluates this module, and toLocaleString sets up a number formatter each time (about 20 ms of
// the reader's start-up in Chromium for the lists here; npm run bench, page).
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, rule('ruleList')), v.maxLength(LIMITS.records, () => t('ruleMaxRecords', LIMITS.records.toLocaleString('en'))));

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
      else addIssue({ message: t(duplicate, key, first + 1), path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: item }] });
    });
  });

/** What must be unique in each list. */
const UNIQUE = {
  notes: [unique<Note>('ruleDuplicateNote', (n) => n.entryId)],
  ownTerms: [unique<OwnTerm>('ruleDuplicateOwnId', (t) => t.id), unique<OwnTerm>('ruleDuplicateOwnTerm', (t) => t.term)],
  hidden: [unique<Hidden>('ruleDuplicateHidden', (h) => h.entryId)],
  deleted: [unique<Tombstone>('ruleDuplicateRemoval', (t) => t.key)],
} as const;

const version = v.literal(PERSONAL_VERSION, rule('ruleExactly', PERSONAL_VERSION));

export const PersonalGlossarySchema = v.strictObject(
  {
    version,
    notes: v.pipe(list(NoteSchema), ...UNIQUE.notes),
    ownTerms: v.pipe(list(OwnTermSchema), ...UNIQUE.ownTerms),
    hidden: v.pipe(list(HiddenSchema), ...UNIQUE.hidden),
    deleted: v.pipe(list(TombstoneSchema), ...UNIQUE.deleted),
  },
  rule('ruleGlossaryShape'),
);

/** The glossary's shape and sizes, its records not looked at yet: checked first, then record by record. */
const ShapeSchema = v.strictObject(
  { version, notes: list(v.unknown()), ownTerms: list(v.unknown()), hidden: list(v.unknown()), deleted: list(v.unknown()) },
  rule('ruleGlossaryShape'),
);

const RECORDS = { notes: NoteSchema, ownTerms: OwnTermSchema, hidden: HiddenSchema, deleted: TombstoneSchema } as const;
type ListName = keyof typeof RECORDS;
const LIST_NAMES = Object.keys(RECORDS) as ListName[];

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

/** The lists of a glossary, as the reader calls them: the whole list, and one record of it by number. */
const LISTS: Record<string, [list: MessageKey, record: MessageKey]> = {
  notes: ['listNotes', 'whereNote'],
  ownTerms: ['listOwnTerms', 'whereOwnTermNumber'],
  hidden: ['listHidden', 'whereHidden'],
  deleted: ['listRemovals', 'whereRemoval'],
};

/** Each stored field under the name the options page's form gives it. */
const FIELDS: Record<string, MessageKey> = {
  id: 'fieldId',
  entryId: 'fieldId',
  key: 'fieldId',
  term: 'optFieldTerm',
  script: 'optFieldScript',
  aliases: 'optFieldAliases',
  pinyin: 'pinyin',
  en: 'optColumnEnglish',
  meaning: 'optFieldMeaning',
  note: 'optNote',
  text: 'optNote',
  replaces: 'optFieldReplaces',
  source: 'fieldSource',
  createdAt: 'fieldCreated',
  updatedAt: 'fieldUpdated',
  at: 'fieldUpdated',
  version: 'fieldVersion',
};

const fieldName = (key: unknown) => (typeof key === 'string' && key in FIELDS ? t(FIELDS[key]!) : String(key));

/** "Own term 3 (東大)": a record by its number in the file, and its term when it has one. */
function recordName(list: string, index: number, record: unknown): string {
  const term = (record as { term?: unknown } | null)?.term;
  if (list === 'ownTerms' && typeof term === 'string' && term.trim()) return t('whereOwnTerm', index + 1, term.trim());
  return t(LISTS[list]![1], index + 1);
}

/**
 * A problem in the reader's words: "Own term 3 (東大), English: must be 200 characters at most",
 * "Own terms: at most 10,000 can be kept", never the stored field names and indexes.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const [first, second, third] = issue.path ?? [];
  if (!first) return issue.message;
  // A field left out: the object's own message would describe the whole record.
  const message = issue.kind === 'schema' && issue.received === 'undefined' && issue.type.endsWith('object') ? t('ruleMissing') : issue.message;
  const list = typeof first.key === 'string' && first.key in LISTS ? first.key : null;
  if (!list) return t('issueAt', fieldName(first.key), message);
  if (!second || typeof second.key !== 'number') return t('issueAt', t(LISTS[list]![0]), message);
  const record = recordName(list, second.key, second.value);
  return third ? t('issueAtField', record, fieldName(third.key), message) : t('issueAt', record, message);
}

export type Validated =
  | { ok: true; glossary: PersonalGlossary }
  /** `at`: the record of the first problem, when it is in one (a CSV import names its line). */
  | { ok: false; errors: string[]; at?: { list: ListName; index: number } };

/** Records checked so far, and in all. */
export type Progress = [done: number, total: number];

/** An issue found in one record (or one list), with the path from the glossary down to it. */
function inList(list: ListName, items: unknown[], issue: v.BaseIssue<unknown>, index?: number): v.BaseIssue<unknown> {
  const top = { type: 'object', origin: 'value', input: {}, key: list, value: items } as const;
  const record = index === undefined ? [] : [{ type: 'array', origin: 'value', input: items, key: index, value: items[index] } as const];
  return { ...issue, path: [top, ...record, ...(issue.path ?? [])] as unknown as v.BaseIssue<unknown>['path'] };
}

/**
 * Checks a current-version document one record at a time, yielding its progress between records,
 * so a large import can be checked in slices while the page stays responsive (the options page
 * runs it with runInSlices); every problem is listed (the first few are enough to show).
 */
export function* validateInSteps(doc: unknown): Generator<Progress, Validated> {
  const shape = v.safeParse(ShapeSchema, doc);
  if (!shape.success) return { ok: false, errors: shape.issues.map(describeIssue) };
  const total = LIST_NAMES.reduce((sum, name) => sum + shape.output[name].length, 0);
  const glossary: PersonalGlossary = { version: PERSONAL_VERSION, notes: [], ownTerms: [], hidden: [], deleted: [] };
  const errors: string[] = [];
  let at: { list: ListName; index: number } | undefined;
  let done = 0;
  for (const name of LIST_NAMES) {
    const items = shape.output[name];
    const valid: unknown[] = glossary[name];
    for (let index = 0; index < items.length; index++) {
      const result = v.safeParse(RECORDS[name], items[index]);
      if (result.success) valid.push(result.output);
      else {
        at ??= { list: name, index };
        errors.push(...result.issues.map((issue) => describeIssue(inList(name, items, issue, index))));
      }
      yield [++done, total];
    }
    if (valid.length < items.length) continue; // duplicates are looked for among valid records
    const duplicates = v.safeParse(v.pipe(v.array(v.unknown()), ...(UNIQUE[name] as unknown as [v.GenericValidation<unknown[]>])), valid);
    if (!duplicates.success) {
      const index = duplicates.issues[0]!.path?.[0]?.key;
      if (typeof index === 'number') at ??= { list: name, index };
      errors.push(...duplicates.issues.map((issue) => describeIssue(inList(name, items, issue))));
    }
  }
  if (!errors.length) return { ok: true, glossary };
  return at ? { ok: false, errors, at } : { ok: false, errors };
}

/** Runs steps to their end at once, for what is small (stored data, a record). */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Checks a current-version document; every problem is listed (the first few are enough to show). */
export function validatePersonal(doc: unknown): Validated {
  return drain(validateInSteps(doc));
}
