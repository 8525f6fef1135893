/**
 * The personal glossary in extension local storage, the source of truth. Every context (content
 * scripts, options page, popup, background) reads and writes it here; storage change events carry
 * each write to every other context at once.
 *
 * Nothing stored is ever thrown away: a damaged value is copied aside (`personalDamaged`) in the
 * same write that first replaces it, and each import keeps the state before it (`personalBackup`).
 */
import { storage } from 'wxt/utils/storage';
import { t } from '../i18n';
import {
  PersonalInputError,
  withHidden,
  withNote,
  withOwnTerm,
  withoutOwnTerm,
  withRestored,
  withUpdatedOwnTerm,
  type OwnTermDraft,
} from './edits';
import { restoreBackup } from './merge';
import { readStored } from './salvage';
import type { Note, OwnTerm, PersonalGlossary } from './schema';

export interface Backup {
  savedAt: number;
  glossary: PersonalGlossary;
}

export interface DamagedCopy {
  detectedAt: number;
  problems: string[];
  /** The stored value exactly as it was found. */
  raw: unknown;
}

// Keys, not `storage.defineItem`: an item reads its key from storage as soon as it is made, so
// every page the reader (or its popover) runs on would read the last import's backup, a whole
// copy of the glossary, at load.
const PERSONAL = 'local:personal';
const BACKUP = 'local:personalBackup';
const DAMAGED = 'local:personalDamaged';

export async function loadPersonal(): Promise<PersonalGlossary> {
  return readStored(await storage.getItem<unknown>(PERSONAL)).glossary;
}

/** Calls `onChange` with the glossary after every change, from any context; returns the unwatch function. */
export function watchPersonal(onChange: (glossary: PersonalGlossary) => void): () => void {
  return storage.watch<unknown>(PERSONAL, (raw) => onChange(readStored(raw).glossary));
}

export function loadDamaged(): Promise<DamagedCopy | null> {
  return storage.getItem<DamagedCopy>(DAMAGED);
}

export function watchDamaged(onChange: (copy: DamagedCopy | null) => void): () => void {
  return storage.watch<DamagedCopy>(DAMAGED, onChange);
}

export function discardDamaged(): Promise<void> {
  return storage.removeItem(DAMAGED);
}

// Writes from one context run one after another, so two quick edits never read the same state.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `edit` to the stored glossary and writes the result. When the stored value was damaged
 * and has not been kept aside yet, it is kept aside in the same write.
 */
export function updatePersonal(edit: (glossary: PersonalGlossary, at: number) => PersonalGlossary): Promise<PersonalGlossary> {
  const run = queue.then(async () => {
    const raw = await storage.getItem<unknown>(PERSONAL);
    const { glossary, damage } = readStored(raw);
    const next = edit(glossary, Date.now());
    if (next === glossary && !damage) return glossary;
    const writes: Parameters<typeof storage.setItems>[0] = [{ key: PERSONAL, value: next }];
    if (damage && !(await storage.getItem(DAMAGED))) {
      writes.push({ key: DAMAGED, value: { detectedAt: Date.now(), problems: damage, raw } satisfies DamagedCopy });
    }
    await storage.setItems(writes);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function setNote(entryId: string, text: string): Promise<PersonalGlossary> {
  return updatePersonal((g, at) => withNote(g, entryId, text, at));
}

export async function addOwnTerm(draft: OwnTermDraft): Promise<OwnTerm> {
  let added: OwnTerm | undefined;
  await updatePersonal((g, at) => {
    const result = withOwnTerm(g, draft, at);
    added = result.term;
    return result.glossary;
  });
  return added!;
}

export function updateOwnTerm(id: string, draft: Partial<OwnTermDraft>): Promise<PersonalGlossary> {
  return updatePersonal((g, at) => withUpdatedOwnTerm(g, id, draft, at));
}

/** Removes an own term and returns it, for undo (restoreRecord). */
export async function removeOwnTerm(id: string): Promise<OwnTerm | undefined> {
  let removed: OwnTerm | undefined;
  await updatePersonal((g, at) => {
    removed = g.ownTerms.find((t) => t.id === id);
    return withoutOwnTerm(g, id, at);
  });
  return removed;
}

/** Removes a note and returns it, for undo (restoreRecord). */
export async function removeNote(entryId: string): Promise<Note | undefined> {
  let removed: Note | undefined;
  await updatePersonal((g, at) => {
    removed = g.notes.find((n) => n.entryId === entryId);
    return withNote(g, entryId, '', at);
  });
  return removed;
}

export function restoreRecord(record: Note | OwnTerm): Promise<PersonalGlossary> {
  return updatePersonal((g, at) => withRestored(g, record, at));
}

export function setHidden(entryId: string, hidden: boolean): Promise<PersonalGlossary> {
  return updatePersonal((g, at) => withHidden(g, entryId, hidden, at));
}

/** Writes an imported glossary and, in the same write, the state before it as the backup. */
export function replaceWithImport(next: PersonalGlossary): Promise<PersonalGlossary> {
  const run = queue.then(async () => {
    const before = readStored(await storage.getItem<unknown>(PERSONAL)).glossary;
    await storage.setItems([
      { key: PERSONAL, value: next },
      { key: BACKUP, value: { savedAt: Date.now(), glossary: before } satisfies Backup },
    ]);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function loadBackup(): Promise<Backup | null> {
  return storage.getItem<Backup>(BACKUP);
}

export function watchBackup(onChange: (backup: Backup | null) => void): () => void {
  return storage.watch<Backup>(BACKUP, onChange);
}

/**
 * Puts back the glossary exactly as it was before the last import (see restoreBackup: with sync on,
 * `synced` is sync's copy, so what the import already synced does not come back), and forgets that
 * backup.
 */
export async function undoImport(synced: PersonalGlossary | null = null): Promise<void> {
  const backup = await storage.getItem<Backup>(BACKUP);
  if (!backup) throw new PersonalInputError(t('errNoImportToUndo'));
  await updatePersonal((glossary, at) => restoreBackup(backup.glossary, glossary, synced, at));
  await storage.removeItem(BACKUP);
}
