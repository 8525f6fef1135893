/**
 * "Bundled glossary": every entry Tifa ships, as a reference table (term, English, category, first
 * use) to browse by category or search in either script, pinyin or English. A row opens to the
 * entry's meaning, the reader's note on it and a switch to stop marking it. Props only.
 */
import { useState } from 'preact/hooks';
import { categoryLabel } from '@/components/SettingsForm';
import type { FoldTable } from '@/utils/engine/fold';
import { CATEGORIES, explanationIn, type Category, type GlossaryEntry } from '@/utils/engine/glossary';
import { byRising } from '@/utils/engine/trend';
import { t } from '@/utils/i18n';
import { createSearch } from '@/utils/personal/search';
import type { Settings } from '@/utils/settings';

export interface BundledGlossaryProps {
  /** null while the entries load. */
  entries: GlossaryEntry[] | null;
  fold: FoldTable;
  notes: ReadonlyMap<string, string>;
  hidden: ReadonlySet<string>;
  /** Resolves to an error message for the reader, or null when saved. */
  onSaveNote(entryId: string, text: string): Promise<string | null>;
  onSetHidden(entryId: string, hidden: boolean): void;
  /** The reader's explanation language. */
  language: Settings['language'];
}

/** Rows drawn at once; more on request (the glossary has about 2,000 entries). */
const PAGE = 100;

function EntryNote({ entry, note, onSave }: { entry: GlossaryEntry; note: string; onSave(text: string): Promise<string | null> }) {
  const [value, setValue] = useState(note);
  const [state, setState] = useState<string | null>(null);
  return (
    <form
      class="entry-note"
      onSubmit={async (e) => {
        e.preventDefault();
        setState((await onSave(value)) ?? t('optSaved'));
      }}
    >
      <textarea name="note" rows={2} value={value} placeholder={t('optYourNote')} aria-label={t('optNoteOn', entry.hans)} onInput={(e) => setValue(e.currentTarget.value)} />
      <button type="submit" disabled={value.trim() === note.trim()}>
        {t('optSaveNote')}
      </button>
      {state && <span role="status">{state}</span>}
    </form>
  );
}

function EntryDetail({ entry, props }: { entry: GlossaryEntry; props: BundledGlossaryProps }) {
  const { meaning, lang } = explanationIn(entry, props.language);
  const note = props.notes.get(entry.id) ?? '';
  return (
    <div class="entry-detail">
      <p class="meaning" lang={lang}>
        {meaning}
      </p>
      {entry.firstUse && <p class="hint">{entry.firstUse.occasion}</p>}
      <EntryNote key={note} entry={entry} note={note} onSave={(text) => props.onSaveNote(entry.id, text)} />
      <label class="check hide">
        <input type="checkbox" name="hidden" checked={props.hidden.has(entry.id)} onChange={(e) => props.onSetHidden(entry.id, e.currentTarget.checked)} />
        <span>{t('optDontMark')}</span>
      </label>
    </div>
  );
}

export function BundledGlossary(props: BundledGlossaryProps) {
  const { entries, notes, hidden } = props;
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [rising, setRising] = useState(false);
  const matches = createSearch(props.fold, query);
  // Ranked over every entry, so the corpus's last year is the one a rise is measured to (utils/engine/trend.ts).
  const ranked = rising ? byRising(entries ?? []) : (entries ?? []).map((entry) => ({ entry, rise: undefined as number | undefined }));
  const rises = new Map(ranked.map(({ entry, rise }) => [entry.id, rise]));
  const found = ranked
    .map(({ entry }) => entry)
    .filter(
      (e) =>
        (category === 'all' || e.category === category) &&
        matches({ chinese: [e.hans, e.hant, ...e.aliases], pinyin: e.pinyin, other: [e.en, e.meaning] }),
    );
  const filter = (next: () => void) => {
    next();
    setLimit(PAGE);
  };
  return (
    <section class="bundled" id="bundled" aria-labelledby="bundled-title">
      <h2 id="bundled-title">{t('optBundledGlossary')}</h2>
      <div class="toolbar">
        <input
          type="search"
          name="bundled-search"
          placeholder={t('optBundledSearch')}
          aria-label={t('optBundledSearch')}
          value={query}
          onInput={(e) => filter(() => setQuery(e.currentTarget.value))}
        />
        <select name="category" aria-label={t('optCategory')} value={category} onChange={(e) => filter(() => setCategory(e.currentTarget.value as Category | 'all'))}>
          <option value="all">
            {t('optAllCategories')} ({(entries ?? []).length})
          </option>
          {(Object.keys(CATEGORIES) as Category[]).map((key) => (
            <option key={key} value={key}>
              {categoryLabel(key)} ({(entries ?? []).filter((e) => e.category === key).length})
            </option>
          ))}
        </select>
        <label class="check">
          <input type="checkbox" name="rising" checked={rising} onChange={(e) => filter(() => setRising(e.currentTarget.checked))} />
          <span>{t('optRisingFirst')}</span>
        </label>
      </div>
      {entries === null ? (
        <p>{t('optLoading')}</p>
      ) : found.length === 0 ? (
        <p class="empty">{t('optNoMatch', query)}</p>
      ) : (
        <>
          <p class="hint" role="status">
            {t('optEntriesShown', Math.min(limit, found.length), found.length)}
          </p>
          <table class="reference">
            <thead>
              <tr>
                <th scope="col">{t('optColumnTerm')}</th>
                <th scope="col">{t('optColumnEnglish')}</th>
                <th scope="col">{t('optCategory')}</th>
                <th scope="col">{t('optColumnFirstUse')}</th>
              </tr>
            </thead>
            <tbody>
              {found.slice(0, limit).flatMap((entry) => {
                const expanded = open === entry.id;
                const row = (
                  <tr key={entry.id} data-entry={entry.id} class={`${hidden.has(entry.id) ? 'is-hidden' : ''}${expanded ? ' is-open' : ''}`}>
                    <th scope="row" class="term">
                      <button type="button" class="entry-toggle" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : entry.id)}>
                        <span lang="zh-Hans">{entry.hans}</span>
                        {entry.hant !== entry.hans && <span lang="zh-Hant">{entry.hant}</span>}
                        {notes.has(entry.id) && <span class="note-mark" title={t('optNote')} aria-label={t('optNote')}>✎</span>}
                      </button>
                      <span class="pinyin">{entry.pinyin}</span>
                    </th>
                    <td class="en">
                      {entry.en}
                      {rises.get(entry.id) !== undefined && <span class="rise"> {t('optRise', (2 ** rises.get(entry.id)!).toFixed(1))}</span>}
                    </td>
                    <td class="category">{categoryLabel(entry.category)}</td>
                    <td class="first-use">{entry.firstUse?.date ?? '—'}</td>
                  </tr>
                );
                return expanded
                  ? [
                      row,
                      <tr key={`${entry.id}:detail`} class="detail">
                        <td colSpan={4}>
                          <EntryDetail entry={entry} props={props} />
                        </td>
                      </tr>,
                    ]
                  : [row];
              })}
            </tbody>
          </table>
          {found.length > limit && (
            <div class="actions">
              <button type="button" onClick={() => setLimit(limit + PAGE)}>
                {t('optShowMore', Math.min(PAGE, found.length - limit))}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
