/**
 * The rows of the "My glossary" table: every note (on a bundled entry) and every own term, with
 * what the table shows, searches and sorts by. Pure.
 */
import type { FoldTable } from '@/utils/engine/fold';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import type { Note, OwnTerm, PersonalGlossary } from '@/utils/personal/schema';
import { createSearch, tonelessPinyin } from '@/utils/personal/search';

export type GlossaryRow =
  | { kind: 'note'; key: string; term: string; pinyin: string; en: string; text: string; updatedAt: number; note: Note; entry?: GlossaryEntry }
  | { kind: 'term'; key: string; term: string; pinyin: string; en: string; text: string; updatedAt: number; ownTerm: OwnTerm };

export type SortKey = 'term' | 'pinyin' | 'updated' | 'kind';

export function glossaryRows(personal: PersonalGlossary, entries: ReadonlyMap<string, GlossaryEntry>): GlossaryRow[] {
  return [
    ...personal.ownTerms.map((t): GlossaryRow => ({
      kind: 'term',
      key: `term:${t.id}`,
      term: t.term,
      pinyin: t.pinyin,
      en: t.en,
      text: [t.meaning, t.note].filter(Boolean).join(' · '),
      updatedAt: t.updatedAt,
      ownTerm: t,
    })),
    ...personal.notes.map((n): GlossaryRow => {
      const entry = entries.get(n.entryId);
      return {
        kind: 'note',
        key: `note:${n.entryId}`,
        // A note outlives its entry: shown under the id if the glossary no longer has it.
        term: entry ? (entry.hans === entry.hant ? entry.hans : `${entry.hans} / ${entry.hant}`) : n.entryId,
        pinyin: entry?.pinyin ?? '',
        en: entry?.en ?? '',
        text: n.text,
        updatedAt: n.updatedAt,
        note: n,
        ...(entry ? { entry } : {}),
      };
    }),
  ];
}

export function filterAndSort(rows: GlossaryRow[], fold: FoldTable, query: string, sort: SortKey, descending: boolean): GlossaryRow[] {
  const matches = createSearch(fold, query);
  const found = rows.filter((row) =>
    matches({
      chinese: row.kind === 'term' ? [row.term, ...row.ownTerm.aliases] : [row.term, ...(row.entry?.aliases ?? [])],
      pinyin: row.pinyin,
      other: [row.en, row.text, row.kind === 'note' ? row.note.entryId : ''],
    }),
  );
  const collator = new Intl.Collator('zh');
  const compare: Record<SortKey, (a: GlossaryRow, b: GlossaryRow) => number> = {
    term: (a, b) => collator.compare(a.term, b.term),
    pinyin: (a, b) => tonelessPinyin(a.pinyin).localeCompare(tonelessPinyin(b.pinyin)),
    updated: (a, b) => a.updatedAt - b.updatedAt,
    kind: (a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.term, b.term),
  };
  const sorted = found.sort(compare[sort]);
  return descending ? sorted.reverse() : sorted;
}
