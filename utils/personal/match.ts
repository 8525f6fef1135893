/**
 * What the content script's matcher and popover need from the personal glossary. Pure.
 *
 * Own terms go to createTermIndex before the bundled ones, so a form both share belongs to the own
 * term (see utils/matcher.ts). Bundled entries that are hidden or replaced are left out of the
 * matcher altogether: bundledSuppressed() says which.
 */
import type { FoldTable } from '../engine/fold';
import type { OwnIndexTerm } from '../engine/glossary';
import { foldedKey } from '../engine/matcher';
import type { Note, OwnTerm, PersonalGlossary } from './schema';

/** The matcher's view of every own term: its forms folded (so it matches in both scripts). */
export function ownTermsAsMatchTerms(personal: PersonalGlossary, fold: FoldTable): OwnIndexTerm[] {
  return personal.ownTerms.map((term) => ({
    id: term.id,
    own: true,
    keys: [...new Set([term.term, ...term.aliases].map((form) => foldedKey(fold, form)).filter(Boolean))],
  }));
}

export interface BundledSuppression {
  /** Bundled ids not to mark at all. */
  hidden: ReadonlySet<string>;
  /** Bundled id → the own term shown in its place. */
  replacedBy: ReadonlyMap<string, OwnTerm>;
}

export function bundledSuppressed(personal: PersonalGlossary): BundledSuppression {
  return {
    hidden: new Set(personal.hidden.map((h) => h.entryId)),
    replacedBy: new Map(personal.ownTerms.filter((t) => t.replaces).map((t) => [t.replaces!, t])),
  };
}

/** True when the bundled entry should not be matched (hidden, or replaced by an own term). */
export function isSuppressed(suppression: BundledSuppression, bundledId: string): boolean {
  return suppression.hidden.has(bundledId) || suppression.replacedBy.has(bundledId);
}

export function noteFor(personal: PersonalGlossary, entryId: string): Note | undefined {
  return personal.notes.find((n) => n.entryId === entryId);
}

export function ownTermById(personal: PersonalGlossary, id: string): OwnTerm | undefined {
  return personal.ownTerms.find((t) => t.id === id);
}
