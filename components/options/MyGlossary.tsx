/**
 * "My glossary": the reader's notes, own terms and hidden bundled terms in a searchable, sortable
 * table, with adding, editing, deleting (with undo) and unhiding. A long glossary (an import of
 * thousands) shows a page of rows at a time, so the page stays responsive. Props only;
 * entrypoints/options/App.tsx binds it to storage.
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { t, type MessageKey } from '@/utils/i18n';
import { entryLabel } from '@/utils/personal/bundled';
import type { OwnTermDraft } from '@/utils/personal/edits';
import { BUNDLED_LIST_ID, OwnTermForm, type BundledLookup } from './OwnTermForm';
import { filterAndSort, type GlossaryRow, type SortKey } from './rows';

export interface MyGlossaryProps {
  rows: GlossaryRow[];
  /** The bundled glossary: for the own-term form's warning and its list of entries to replace. */
  bundled: BundledLookup;
  /** The add form opened prefilled (from the context menu), or null. */
  prefill: OwnTermDraft | null;
  /** Each resolves to an error message for the reader, or null when saved. */
  onAdd(draft: OwnTermDraft): Promise<string | null>;
  onUpdateTerm(id: string, draft: OwnTermDraft): Promise<string | null>;
  onSaveNote(entryId: string, text: string): Promise<string | null>;
  onDelete(row: GlossaryRow): void;
  onUnhide(entryId: string): void;
  /** What the last delete removed, while it can be undone. */
  undoable: string | null;
  onUndo(): void;
}

/** Rows drawn at first and added by each "Show more". */
const PAGE_ROWS = 200;

const KIND_LABEL: Record<GlossaryRow['kind'], MessageKey> = { term: 'optKindTerm', note: 'optNote', hidden: 'optKindHidden' };

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'kind', label: 'optColumnKind' },
  { key: 'term', label: 'optColumnTerm' },
  { key: 'pinyin', label: 'pinyin' },
  { key: 'updated', label: 'optColumnUpdated' },
];

function NoteEditor({ text, heading, onSave, onCancel }: { text: string; heading?: string; onSave(text: string): Promise<string | null>; onCancel(): void }) {
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="note-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(await onSave(value));
      }}
    >
      {heading && <p lang="zh">{heading}</p>}
      <textarea name="note" rows={3} value={value} onInput={(e) => setValue(e.currentTarget.value)} aria-label={t('optNote')} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('optSaveNote')}</button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export function MyGlossary(props: MyGlossaryProps) {
  const { rows, bundled, prefill } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [descending, setDescending] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(prefill !== null);
  /** A note on a bundled entry, written instead of an own term with its form. */
  const [noteInstead, setNoteInstead] = useState<{ entry: GlossaryEntry; text: string } | null>(null);
  const [limit, setLimit] = useState(PAGE_ROWS);
  const shown = filterAndSort(rows, bundled.fold, query, sort, descending);
  const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'short' });
  const sortBy = (key: SortKey) => {
    if (key === sort) setDescending(!descending);
    else {
      setSort(key);
      setDescending(key === 'updated');
    }
  };
  const done = (error: string | null) => {
    if (!error) setEditing(null);
    return error;
  };

  return (
    <section class="my-glossary" aria-labelledby="my-glossary-title">
      <h2 id="my-glossary-title">{t('optMyGlossary')}</h2>
      <div class="toolbar">
        <input
          type="search"
          name="search"
          placeholder={t('optSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-label={t('optSearchLabel')}
        />
        <button type="button" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          {t('optAddTerm')}
        </button>
      </div>
      <datalist id={BUNDLED_LIST_ID}>
        {(adding || editing?.startsWith('term:')) && [...bundled.byId.values()].map((entry) => <option key={entry.id} value={entryLabel(entry)} />)}
      </datalist>
      {adding && (
        <OwnTermForm
          initial={prefill ?? { term: '' }}
          submitLabel={t('optAddToGlossary')}
          bundled={bundled}
          onSubmit={async (draft) => {
            const error = await props.onAdd(draft);
            if (!error) setAdding(false);
            return error;
          }}
          onNoteInstead={(entry, text) => {
            setAdding(false);
            setNoteInstead({ entry, text });
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {noteInstead && (
        <NoteEditor
          text={noteInstead.text}
          heading={t('optNoteOn', noteInstead.entry.hans)}
          onSave={async (text) => {
            const error = await props.onSaveNote(noteInstead.entry.id, text);
            if (!error) setNoteInstead(null);
            return error;
          }}
          onCancel={() => setNoteInstead(null)}
        />
      )}
      {props.undoable && (
        <p class="undo" role="status">
          {t('optRemoved', props.undoable)}{' '}
          <button type="button" onClick={props.onUndo}>
            {t('optUndo')}
          </button>
        </p>
      )}
      {rows.length === 0 ? (
        <div class="empty">
          <h3>{t('optEmptyTitle')}</h3>
          <p>{t('optEmpty')}</p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th key={key} aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="sort" onClick={() => sortBy(key)}>
                    {t(label)}
                  </button>
                </th>
              ))}
              <th>{t('optColumnEnglish')}</th>
              <th>{t('optColumnMeaning')}</th>
              <th>
                <span class="visually-hidden">{t('optColumnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((row) => (
              <tr key={row.key} data-key={row.key}>
                {editing === row.key ? (
                  <td colSpan={7}>
                    {row.kind === 'term' ? (
                      <OwnTermForm
                        initial={row.ownTerm}
                        submitLabel={t('optSave')}
                        bundled={bundled}
                        onSubmit={async (draft) => done(await props.onUpdateTerm(row.ownTerm.id, draft))}
                        onNoteInstead={(entry, text) => {
                          setEditing(null);
                          setNoteInstead({ entry, text });
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    ) : row.kind === 'note' ? (
                      <NoteEditor text={row.text} onSave={async (text) => done(await props.onSaveNote(row.note.entryId, text))} onCancel={() => setEditing(null)} />
                    ) : null}
                  </td>
                ) : (
                  <>
                    <td>{t(KIND_LABEL[row.kind])}</td>
                    <td class="term" lang="zh">
                      {row.term}
                    </td>
                    <td>{row.pinyin}</td>
                    <td>{dates.format(row.updatedAt)}</td>
                    <td>{row.en}</td>
                    <td class="text">{row.text}</td>
                    <td class="row-actions">
                      {row.kind === 'hidden' ? (
                        <button type="button" onClick={() => props.onUnhide(row.hidden.entryId)}>
                          {t('optUnhide')}
                        </button>
                      ) : (
                        <>
                          <button type="button" onClick={() => setEditing(row.key)}>
                            {t('optEdit')}
                          </button>
                          <button type="button" onClick={() => props.onDelete(row)}>
                            {t('optDelete')}
                          </button>
                        </>
                      )}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <p class="actions">
          <button type="button" onClick={() => setLimit(limit + PAGE_ROWS)}>
            {t('optShowMore', Math.min(PAGE_ROWS, shown.length - limit))}
          </button>
        </p>
      )}
      {rows.length > 0 && shown.length === 0 && <p class="empty">{t('optNoMatch', query)}</p>}
    </section>
  );
}
