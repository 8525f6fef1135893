/**
 * Combining two copies of a personal glossary, record by record. Pure.
 *
 * - An import is previewed (new, changed, conflicting, unchanged) and applied with the reader's
 *   choice for each conflict. It adds and updates, never removes.
 * - Sync merges this browser's copy with the synced one: the later edit of each record wins, and a
 *   removal wins over edits made before it.
 */
import { recordKey, type Hidden, type Note, type OwnTerm, type PersonalGlossary, type Tombstone } from './schema';

export type RecordKind = 'note' | 'term' | 'hidden';
export type AnyRecord = Note | OwnTerm | Hidden;

interface Keyed {
  key: string;
  kind: RecordKind;
  record: AnyRecord;
}

function keyed(glossary: PersonalGlossary): Keyed[] {
  return [
    ...glossary.notes.map((record) => ({ key: recordKey.note(record), kind: 'note' as const, record })),
    ...glossary.ownTerms.map((record) => ({ key: recordKey.term(record), kind: 'term' as const, record })),
    ...glossary.hidden.map((record) => ({ key: recordKey.hidden(record), kind: 'hidden' as const, record })),
  ];
}

function assemble(records: Keyed[], deleted: Tombstone[]): PersonalGlossary {
  const byKey = (a: Keyed, b: Keyed) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const sorted = [...records].sort(byKey);
  const of = <T extends AnyRecord>(kind: RecordKind) => sorted.filter((r) => r.kind === kind).map((r) => r.record as T);
  return {
    version: 1,
    notes: of<Note>('note'),
    ownTerms: of<OwnTerm>('term'),
    hidden: of<Hidden>('hidden'),
    deleted: [...deleted].sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

/** The content of a record, without its times: two records that say the same are the same. */
function content(record: AnyRecord): string {
  const { updatedAt: _u, createdAt: _c, ...rest } = record as OwnTerm;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** Same records and tombstones, in any order. */
export function sameGlossary(a: PersonalGlossary, b: PersonalGlossary): boolean {
  return JSON.stringify(assemble(keyed(a), a.deleted)) === JSON.stringify(assemble(keyed(b), b.deleted));
}

// ---- import ----

export type ImportStatus = 'new' | 'changed' | 'conflict' | 'same';

export interface ImportRow {
  key: string;
  kind: RecordKind;
  status: ImportStatus;
  theirs: AnyRecord;
  /** The record here it would replace: same id, or for an own term the same term under another id. */
  mine?: AnyRecord;
}

export type Choice = 'mine' | 'theirs';

/**
 * What importing `theirs` would do, record by record. A record edited here after the file's copy
 * (mine is newer) is a conflict; otherwise a different record is a change.
 */
export function previewImport(mine: PersonalGlossary, theirs: PersonalGlossary): ImportRow[] {
  const here = new Map(keyed(mine).map((k) => [k.key, k.record]));
  const byTerm = new Map(mine.ownTerms.map((t) => [t.term, t]));
  return keyed(theirs).map(({ key, kind, record }) => {
    const match = here.get(key) ?? (kind === 'term' ? byTerm.get((record as OwnTerm).term) : undefined);
    if (!match) return { key, kind, status: 'new', theirs: record };
    const status: ImportStatus =
      content(match) === content({ ...record, id: (match as OwnTerm).id } as AnyRecord) ? 'same' : match.updatedAt > record.updatedAt ? 'conflict' : 'changed';
    return { key, kind, status, theirs: record, mine: match };
  });
}

/** The default choice: a change is taken, a conflict keeps mine. */
export const defaultChoice = (row: ImportRow): Choice => (row.status === 'conflict' ? 'mine' : 'theirs');

/**
 * `mine` with the import applied. Records taken from the file keep the file's times (they decide
 * later conflicts and sync); one that replaces a record of this browser is dated just after it, so
 * the reader's choice wins in sync even when the file's copy is the older.
 */
export function applyImport(mine: PersonalGlossary, rows: ImportRow[], choices: ReadonlyMap<string, Choice>): PersonalGlossary {
  const records = new Map(keyed(mine).map((k) => [k.key, k]));
  const touched = new Set<string>();
  for (const row of rows) {
    if (row.status === 'same' || (choices.get(row.key) ?? defaultChoice(row)) === 'mine') continue;
    const updatedAt = row.mine ? Math.max(row.theirs.updatedAt, row.mine.updatedAt + 1) : row.theirs.updatedAt;
    let record = { ...row.theirs, updatedAt } as AnyRecord;
    let key = row.key;
    if (row.kind === 'term' && row.mine) {
      // Same term under another id: keep the id this browser (and the matcher) knows it by.
      record = { ...record, id: (row.mine as OwnTerm).id } as OwnTerm;
      key = recordKey.term(record as OwnTerm);
    }
    records.set(key, { key, kind: row.kind, record });
    touched.add(key);
  }
  return assemble([...records.values()], mine.deleted.filter((t) => !touched.has(t.key)));
}

/**
 * Undoing an import: the glossary exactly as it was before it (its removal records included, none
 * added), so an export after the undo is the export before the import. Only when the import has
 * already reached sync storage (`synced`, null while sync is off) does it need more, or sync would
 * bring the import back: a removal record for each record the import added that sync holds, and
 * the records it changed dated now, so they win over sync's copies.
 */
export function restoreBackup(before: PersonalGlossary, current: PersonalGlossary, synced: PersonalGlossary | null, at: number): PersonalGlossary {
  if (!synced) return before;
  const inSync = new Map(keyed(synced).map((k) => [k.key, k.record]));
  const kept = new Set(keyed(before).map((k) => k.key));
  const removed = keyed(current)
    .filter((k) => !kept.has(k.key) && inSync.has(k.key))
    .map((k) => ({ key: k.key, at }));
  const redated = keyed(before).map((k) => {
    const theirs = inSync.get(k.key);
    return theirs && content(theirs) !== content(k.record) && theirs.updatedAt >= k.record.updatedAt ? { ...k, record: { ...k.record, updatedAt: at } } : k;
  });
  if (!removed.length && redated.every((k, i) => k.record === keyed(before)[i]!.record)) return before;
  const gone = new Set(removed.map((r) => r.key));
  return assemble(redated, [...before.deleted.filter((t) => !gone.has(t.key)), ...removed]);
}

// ---- sync ----

/** Both copies merged: per record the later edit wins; a tombstone removes edits made before it. */
export function mergeReplicas(a: PersonalGlossary, b: PersonalGlossary): PersonalGlossary {
  const tombstones = new Map<string, number>();
  for (const t of [...a.deleted, ...b.deleted]) tombstones.set(t.key, Math.max(t.at, tombstones.get(t.key) ?? 0));
  const records = new Map<string, Keyed>();
  for (const entry of [...keyed(a), ...keyed(b)]) {
    const other = records.get(entry.key);
    if (!other || entry.record.updatedAt > other.record.updatedAt) records.set(entry.key, entry);
  }
  const living = [...records.values()].filter((r) => r.record.updatedAt > (tombstones.get(r.key) ?? -1));
  // Two browsers may each have added the same term under its own id: the later one stays.
  const byTerm = new Map<string, Keyed>();
  const kept = living.filter((r) => {
    if (r.kind !== 'term') return true;
    const term = (r.record as OwnTerm).term;
    const other = byTerm.get(term);
    if (other && other.record.updatedAt >= r.record.updatedAt) return false;
    byTerm.set(term, r);
    return true;
  });
  const winners = new Set(byTerm.values());
  const result = kept.filter((r) => r.kind !== 'term' || winners.has(r));
  const deleted = [...tombstones].filter(([key, at]) => !result.some((r) => r.key === key && r.record.updatedAt > at)).map(([key, at]) => ({ key, at }));
  return assemble(result, deleted);
}
