/**
 * The rows of the "My glossary" table: every note (on a bundled entry), every own term and every
 * hidden bundled term (so it can be found and unhidden), with what the table shows, searches and
 * sorts by. Pure.
 */
import type { FoldTable } from '@/utils/engine/fold';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import type { Hidden, Note, OwnTerm, PersonalGlossary } from '@/utils/personal/schema';
import { createSearch, tonelessPinyin } from '@/utils/personal/search';

export type GlossaryRow =
  | { kind: 'note'; key: string; term: string; pinyin: string; en: string; text: string; updatedAt: number; note: Note; entry?: GlossaryEntry }
  | { kind: 'term'; key: string; term: string; pinyin: string; en: string; text: string; updatedAt: number; ownTerm: OwnTerm }
  | { kind: 'hidden'; key: string; term: string; pinyin: string; en: string; text: string; updatedAt: number; hidden: Hidden; entry?: GlossaryEntry };

/** A bundled entry as a row shows it: both scripts when they differ; a record outliving its entry shows the id. */
const headword = (entry: GlossaryEntry | undefined, id: string) => (entry ? (entry.hans === entry.hant ? entry.hans : `${entry.hans} / ${entry.hant}`) : id);

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
        term: headword(entry, n.entryId),
        pinyin: entry?.pinyin ?? '',
        en: entry?.en ?? '',
        text: n.text,
        updatedAt: n.updatedAt,
        note: n,
        ...(entry ? { entry } : {}),
      };
    }),
    ...personal.hidden.map((h): GlossaryRow => {
      const entry = entries.get(h.entryId);
      return {
        kind: 'hidden',
        key: `hidden:${h.entryId}`,
        term: headword(entry, h.entryId),
        pinyin: entry?.pinyin ?? '',
        en: entry?.en ?? '',
        text: '',
        updatedAt: h.updatedAt,
        hidden: h,
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
      other: [row.en, row.text, row.kind === 'note' ? row.note.entryId : row.kind === 'hidden' ? row.hidden.entryId : ''],
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
