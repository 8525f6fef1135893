/**
 * Pure edits of a personal glossary: each returns a new glossary and never changes its input.
 * Anything that would make the glossary invalid throws PersonalInputError with a message for the
 * reader (in the browser's language), so no invalid record ever reaches storage.
 */
import * as v from 'valibot';
import type { Script } from '../engine/glossary';
import { t } from '../i18n';
import { describeIssue, NoteSchema, OwnTermSchema, recordKey, type Hidden, type Note, type OwnTerm, type PersonalGlossary, type Tombstone } from './schema';

export class PersonalInputError extends Error {
  override name = 'PersonalInputError';
}

/** Tombstones older than this are dropped: a browser that has not synced for half a year may see a removed record return. */
const TOMBSTONE_DAYS = 180;

export interface OwnTermDraft {
  term: string;
  script?: Script;
  aliases?: string[];
  pinyin?: string;
  en?: string;
  meaning?: string;
  note?: string;
  replaces?: string;
  source?: string;
}

export function newOwnId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `own-${Date.now().toString(36)}${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** The tombstones minus `key` and minus any too old to keep. */
function livingTombstones(deleted: Tombstone[], at: number, key?: string): Tombstone[] {
  const oldest = at - TOMBSTONE_DAYS * 86_400_000;
  return deleted.filter((t) => t.key !== key && t.at >= oldest);
}

function buried(deleted: Tombstone[], key: string, at: number): Tombstone[] {
  return [...livingTombstones(deleted, at, key), { key, at }];
}

/** Sets the note on a bundled entry; empty text removes it. */
export function withNote(glossary: PersonalGlossary, entryId: string, text: string, at: number): PersonalGlossary {
  const key = recordKey.note({ entryId });
  const others = glossary.notes.filter((n) => n.entryId !== entryId);
  const trimmed = text.trim();
  if (!trimmed) {
    if (others.length === glossary.notes.length) return glossary;
    return { ...glossary, notes: others, deleted: buried(glossary.deleted, key, at) };
  }
  const note: Note = { entryId, text: trimmed, updatedAt: at };
  const checked = v.safeParse(NoteSchema, note);
  if (!checked.success) throw new PersonalInputError(t('errNoteProblem', checked.issues[0]!.message));
  return { ...glossary, notes: [...others, note], deleted: livingTombstones(glossary.deleted, at, key) };
}

function checkedTerm(term: OwnTerm, others: OwnTerm[]): OwnTerm {
  const result = v.safeParse(OwnTermSchema, term);
  if (!result.success) throw new PersonalInputError(describeIssue(result.issues[0]!));
  const clash = others.find((o) => o.term === result.output.term);
  if (clash) throw new PersonalInputError(t('errTermExists', result.output.term));
  return result.output;
}

function fromDraft(draft: OwnTermDraft): Omit<OwnTerm, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    term: draft.term.trim(),
    script: draft.script ?? 'hans',
    aliases: (draft.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    pinyin: draft.pinyin?.trim() ?? '',
    en: draft.en?.trim() ?? '',
    meaning: draft.meaning?.trim() ?? '',
    note: draft.note?.trim() ?? '',
    ...(draft.replaces ? { replaces: draft.replaces } : {}),
    ...(draft.source ? { source: draft.source } : {}),
  };
}

export function withOwnTerm(glossary: PersonalGlossary, draft: OwnTermDraft, at: number, id = newOwnId()): { glossary: PersonalGlossary; term: OwnTerm } {
  const term = checkedTerm({ id, ...fromDraft(draft), createdAt: at, updatedAt: at }, glossary.ownTerms);
  const key = recordKey.term(term);
  return { glossary: { ...glossary, ownTerms: [...glossary.ownTerms, term], deleted: livingTombstones(glossary.deleted, at, key) }, term };
}

/** Replaces the fields given in `draft` (the id and creation time stay). */
export function withUpdatedOwnTerm(glossary: PersonalGlossary, id: string, draft: Partial<OwnTermDraft>, at: number): PersonalGlossary {
  const current = glossary.ownTerms.find((t) => t.id === id);
  if (!current) throw new PersonalInputError(t('errTermGone'));
  const merged = { ...current, ...fromDraft({ ...current, ...draft }), updatedAt: at };
  if (!('replaces' in draft ? draft.replaces : current.replaces)) delete merged.replaces;
  if (!('source' in draft ? draft.source : current.source)) delete merged.source;
  const others = glossary.ownTerms.filter((t) => t.id !== id);
  const term = checkedTerm(merged, others);
  return { ...glossary, ownTerms: glossary.ownTerms.map((t) => (t.id === id ? term : t)) };
}

export function withoutOwnTerm(glossary: PersonalGlossary, id: string, at: number): PersonalGlossary {
  if (!glossary.ownTerms.some((t) => t.id === id)) return glossary;
  return {
    ...glossary,
    ownTerms: glossary.ownTerms.filter((t) => t.id !== id),
    deleted: buried(glossary.deleted, recordKey.term({ id }), at),
  };
}

export function withHidden(glossary: PersonalGlossary, entryId: string, hidden: boolean, at: number): PersonalGlossary {
  const key = recordKey.hidden({ entryId });
  const others = glossary.hidden.filter((h) => h.entryId !== entryId);
  if (hidden) {
    const record: Hidden = { entryId, updatedAt: at };
    return { ...glossary, hidden: [...others, record], deleted: livingTombstones(glossary.deleted, at, key) };
  }
  if (others.length === glossary.hidden.length) return glossary;
  return { ...glossary, hidden: others, deleted: buried(glossary.deleted, key, at) };
}

/** Puts back a removed note or own term (undo of a delete), as a fresh edit so sync carries it. */
export function withRestored(glossary: PersonalGlossary, removed: Note | OwnTerm, at: number): PersonalGlossary {
  if ('entryId' in removed) return withNote(glossary, removed.entryId, removed.text, at);
  const term = checkedTerm({ ...removed, updatedAt: at }, glossary.ownTerms.filter((t) => t.id !== removed.id));
  return {
    ...glossary,
    ownTerms: [...glossary.ownTerms.filter((t) => t.id !== removed.id), term],
    deleted: livingTombstones(glossary.deleted, at, recordKey.term(term)),
  };
}
