/**
 * "My glossary": the reader's notes and own terms in a searchable, sortable table, with adding,
 * editing and deleting (with undo). Props only; entrypoints/options/App.tsx binds it to storage.
 */
import { useState } from 'preact/hooks';
import type { FoldTable } from '@/utils/engine/fold';
import { t, type MessageKey } from '@/utils/i18n';
import type { OwnTermDraft } from '@/utils/personal/edits';
import { OwnTermForm } from './OwnTermForm';
import { filterAndSort, type GlossaryRow, type SortKey } from './rows';

export interface MyGlossaryProps {
  rows: GlossaryRow[];
  fold: FoldTable;
  /** The add form opened prefilled (from the context menu), or null. */
  prefill: OwnTermDraft | null;
  /** Each resolves to an error message for the reader, or null when saved. */
  onAdd(draft: OwnTermDraft): Promise<string | null>;
  onUpdateTerm(id: string, draft: OwnTermDraft): Promise<string | null>;
  onSaveNote(entryId: string, text: string): Promise<string | null>;
  onDelete(row: GlossaryRow): void;
  /** What the last delete removed, while it can be undone. */
  undoable: string | null;
  onUndo(): void;
}

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'kind', label: 'optColumnKind' },
  { key: 'term', label: 'optColumnTerm' },
  { key: 'pinyin', label: 'pinyin' },
  { key: 'updated', label: 'optColumnUpdated' },
];

function NoteEditor({ text, onSave, onCancel }: { text: string; onSave(text: string): Promise<string | null>; onCancel(): void }) {
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
  const { rows, fold, prefill } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [descending, setDescending] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(prefill !== null);
  const shown = filterAndSort(rows, fold, query, sort, descending);
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
      {adding && (
        <OwnTermForm
          initial={prefill ?? { term: '' }}
          submitLabel={t('optAddToGlossary')}
          onSubmit={async (draft) => {
            const error = await props.onAdd(draft);
            if (!error) setAdding(false);
            return error;
          }}
          onCancel={() => setAdding(false)}
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
            {shown.map((row) => (
              <tr key={row.key} data-key={row.key}>
                {editing === row.key ? (
                  <td colSpan={7}>
                    {row.kind === 'term' ? (
                      <OwnTermForm
                        initial={row.ownTerm}
                        submitLabel={t('optSave')}
                        onSubmit={async (draft) => done(await props.onUpdateTerm(row.ownTerm.id, draft))}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <NoteEditor text={row.text} onSave={async (text) => done(await props.onSaveNote(row.note.entryId, text))} onCancel={() => setEditing(null)} />
                    )}
                  </td>
                ) : (
                  <>
                    <td>{t(row.kind === 'term' ? 'optKindTerm' : 'optNote')}</td>
                    <td class="term" lang="zh">
                      {row.term}
                    </td>
                    <td>{row.pinyin}</td>
                    <td>{new Date(row.updatedAt).toLocaleDateString()}</td>
                    <td>{row.en}</td>
                    <td class="text">{row.text}</td>
                    <td class="row-actions">
                      <button type="button" onClick={() => setEditing(row.key)}>
                        {t('optEdit')}
                      </button>
                      <button type="button" onClick={() => props.onDelete(row)}>
                        {t('optDelete')}
                      </button>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > 0 && shown.length === 0 && <p class="empty">{t('optNoMatch', query)}</p>}
    </section>
  );
}
