/**
 * The reader's personal glossary: notes on bundled entries, own terms, hidden bundled entries.
 *
 * Storage (extension local storage is the source of truth; every write reaches every open tab
 * through storage change events):
 * - `loadPersonal(): Promise<PersonalGlossary>` — never rejects on damaged data: a damaged value
 *   is salvaged record by record (salvage.ts) and the original kept aside on the next write.
 * - `watchPersonal(cb): unwatch` — cb(glossary) after every change, from any context.
 * - `setNote(entryId, text)` (empty text removes), `removeNote(entryId)` → the removed note,
 *   `addOwnTerm(draft)` → the new OwnTerm, `updateOwnTerm(id, draft)`, `removeOwnTerm(id)` → the
 *   removed term, `restoreRecord(record)` (undo a removal), `setHidden(entryId, hidden)`.
 *   Invalid input rejects with PersonalInputError, whose message is meant for the reader.
 * - `replaceWithImport(glossary)` / `undoImport()` / `loadBackup()`: imports keep a backup.
 * - `loadDamaged()` / `discardDamaged()`: a damaged stored value, kept aside for export.
 *
 * Matching and the popover (pure):
 * - `ownTermsAsMatchTerms(personal, fold)` → OwnIndexTerm[] (id "own-…", folded keys): list them
 *   before the bundled terms in createTermIndex so a shared form goes to the own term.
 * - `bundledSuppressed(personal)` → { hidden, replacedBy }; `isSuppressed(s, id)`: bundled
 *   entries to leave out of the matcher (hidden by the reader or replaced by an own term).
 * - `noteFor(personal, entryId)`, `ownTermById(personal, id)`.
 *
 * Files (pure unless named): formats.ts parseImport / toJson / toCsv / toAnkiTsv; merge.ts
 * previewImport / applyImport; sync.ts planSync, and startSyncMirror for the background.
 */
export { PersonalInputError, type OwnTermDraft } from './edits';
export { bundledSuppressed, isSuppressed, noteFor, ownTermById, ownTermsAsMatchTerms, type BundledSuppression } from './match';
export { EMPTY_PERSONAL, PERSONAL_VERSION, type Hidden, type Note, type OwnTerm, type PersonalGlossary } from './schema';
export {
  addOwnTerm,
  discardDamaged,
  loadBackup,
  loadDamaged,
  loadPersonal,
  removeNote,
  removeOwnTerm,
  replaceWithImport,
  restoreRecord,
  setHidden,
  setNote,
  undoImport,
  updateOwnTerm,
  watchPersonal,
  type Backup,
  type DamagedCopy,
} from './store';
