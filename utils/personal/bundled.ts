/**
 * Own terms meeting the bundled glossary (pure): which bundled entry a form already belongs to,
 * the replaced entry chosen by name rather than by id, and own terms that would replace an entry
 * the glossary does not have.
 */
import type { FoldTable } from '../engine/fold';
import type { GlossaryEntry } from '../engine/glossary';
import { foldedKey } from '../engine/matcher';
import { t } from '../i18n';
import type { OwnTerm, PersonalGlossary } from './schema';

/** Bundled entries by each of their forms, folded (so either script, and variants, find them). */
export type BundledForms = ReadonlyMap<string, GlossaryEntry>;

export function bundledForms(entries: readonly GlossaryEntry[], fold: FoldTable): BundledForms {
  const forms = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    for (const form of [entry.hans, entry.hant, ...entry.aliases]) {
      const key = foldedKey(fold, form);
      if (key && !forms.has(key)) forms.set(key, entry);
    }
  }
  return forms;
}

/** The bundled entry whose form one of the draft's forms is: the own term would take its place on pages. */
export function bundledTaken(forms: BundledForms, fold: FoldTable, draftForms: readonly string[]): GlossaryEntry | undefined {
  for (const form of draftForms) {
    const entry = forms.get(foldedKey(fold, form.trim()));
    if (entry) return entry;
  }
  return undefined;
}

/** How the replaced-entry field shows an entry: headword (both scripts) and English. */
export function entryLabel(entry: GlossaryEntry): string {
  return `${entry.hans === entry.hant ? entry.hans : `${entry.hans} / ${entry.hant}`} — ${entry.en}`;
}

export type ReplacedChoice = { ok: true; id: string | undefined } | { ok: false; error: string };

/**
 * The entry the reader chose in the replaced-entry field: its label from the list, any of its
 * forms, or its id; empty for none. Anything else is refused with a message for the reader.
 */
export function resolveReplaced(text: string, byId: ReadonlyMap<string, GlossaryEntry>, forms: BundledForms, fold: FoldTable): ReplacedChoice {
  const typed = text.trim();
  if (!typed) return { ok: true, id: undefined };
  if (byId.has(typed)) return { ok: true, id: typed };
  const headword = typed.split(' — ')[0]!.split(' / ')[0]!.trim();
  const entry = forms.get(foldedKey(fold, headword));
  return entry ? { ok: true, id: entry.id } : { ok: false, error: t('errReplacesUnknown', typed) };
}

/** The first own term in `glossary` that replaces an entry the bundled glossary does not have, as a message; null when none does. */
export function unknownReplaced(glossary: PersonalGlossary, byId: ReadonlyMap<string, GlossaryEntry>): string | null {
  const index = glossary.ownTerms.findIndex((term: OwnTerm) => term.replaces !== undefined && !byId.has(term.replaces));
  if (index === -1) return null;
  const term = glossary.ownTerms[index]!;
  return t('errImportReplacesUnknown', t('whereOwnTerm', index + 1, term.term), term.replaces!);
}
