/**
 * Members of numbered slogans that no entry matches. A member that is a formulation in its own
 * right (新型工业化 in a list of tasks) is only matched once some entry has it as a form; this
 * lists what is left, for whoever writes those entries. A report, not an error: many members
 * are plain phrases that need no entry of their own.
 */
import { createFoldTable, foldText } from '../utils/engine/fold';
import type { CompiledGlossary } from '../utils/engine/glossary';

export interface UnmatchedMember {
  /** The slogan's entry. */
  id: string;
  /** The member as the entry writes it in Simplified. */
  member: string;
}

export function membersWithoutEntry({ match, entries }: CompiledGlossary): UnmatchedMember[] {
  const fold = createFoldTable(match.foldPairs);
  // The matcher's key: folded (script, variants) and without white space.
  const key = (text: string) => foldText(fold, text).replace(/\s+/g, '');
  const forms = new Set(entries.flatMap((entry) => [entry.hans, entry.hant, ...entry.aliases].map(key)));
  return entries.flatMap(({ id, members }) =>
    (members ?? []).filter((member) => !forms.has(key(member.hans))).map((member) => ({ id, member: member.hans })),
  );
}
