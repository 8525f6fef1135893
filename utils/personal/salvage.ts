/**
 * Reads whatever is stored as a personal glossary. A valid document (of this or an older
 * version) is returned as is; a damaged one is salvaged record by record, keeping every record
 * that is valid, so one bad record never hides the others and never stops Tifa. What was damaged
 * is reported so the caller can keep the original aside (see store.ts).
 */
import * as v from 'valibot';
import { t } from '../i18n';
import { migrate } from './migrations';
import {
  EMPTY_PERSONAL,
  HiddenSchema,
  NoteSchema,
  OwnTermSchema,
  TombstoneSchema,
  validatePersonal,
  type PersonalGlossary,
} from './schema';

export interface Stored {
  glossary: PersonalGlossary;
  /** What is wrong with the stored value, or null when it is sound (or absent). */
  damage: string[] | null;
}

function validOnly<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, keyOf: (item: T) => string): { kept: T[]; dropped: number } {
  if (!Array.isArray(raw)) return { kept: [], dropped: raw === undefined ? 0 : 1 };
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of raw) {
    const result = v.safeParse(schema, item);
    if (!result.success || seen.has(keyOf(result.output))) continue;
    seen.add(keyOf(result.output));
    kept.push(result.output);
  }
  return { kept, dropped: raw.length - kept.length };
}

export function readStored(raw: unknown): Stored {
  if (raw === null || raw === undefined) return { glossary: EMPTY_PERSONAL, damage: null };
  const migrated = migrate(raw);
  if (migrated.ok) {
    const valid = validatePersonal(migrated.doc);
    if (valid.ok) return { glossary: valid.glossary, damage: null };
  }
  // Salvage from the document as stored: its records are read with today's schema, which a
  // newer version's records often still satisfy.
  const doc = (typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const notes = validOnly(NoteSchema, doc.notes, (n) => n.entryId);
  const terms = validOnly(OwnTermSchema, doc.ownTerms, (t) => t.term);
  const ids = new Set<string>();
  const ownTerms = terms.kept.filter((t) => !ids.has(t.id) && ids.add(t.id));
  const hidden = validOnly(HiddenSchema, doc.hidden, (h) => h.entryId);
  const deleted = validOnly(TombstoneSchema, doc.deleted, (t) => t.key);
  const lost = notes.dropped + terms.dropped + (terms.kept.length - ownTerms.length) + hidden.dropped + deleted.dropped;
  const damage = migrated.ok ? [] : [migrated.error];
  if (lost > 0) damage.push(t(lost === 1 ? 'errRecordsLostOne' : 'errRecordsLostMany', lost));
  if (damage.length === 0) damage.push(t('errBadShape'));
  return {
    glossary: { ...EMPTY_PERSONAL, notes: notes.kept, ownTerms, hidden: hidden.kept, deleted: deleted.kept },
    damage,
  };
}
