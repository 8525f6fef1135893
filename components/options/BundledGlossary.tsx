/**
 * "Bundled glossary": every entry Tifa ships, by category, with the reader's note on each and a
 * switch to stop marking it. Props only.
 */
import { useState } from 'preact/hooks';
import { categoryLabel } from '@/components/SettingsForm';
import { CATEGORIES, explanationIn, type Category, type GlossaryEntry } from '@/utils/engine/glossary';
import { byRising } from '@/utils/engine/trend';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';

export interface BundledGlossaryProps {
  /** null while the entries load. */
  entries: GlossaryEntry[] | null;
  notes: ReadonlyMap<string, string>;
  hidden: ReadonlySet<string>;
  /** Resolves to an error message for the reader, or null when saved. */
  onSaveNote(entryId: string, text: string): Promise<string | null>;
  onSetHidden(entryId: string, hidden: boolean): void;
  /** The reader's explanation language. */
  language: Settings['language'];
}

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

const Meaning = ({ meaning, lang }: { meaning: string; lang: string }) => (
  <p class="meaning" lang={lang}>
    {meaning}
  </p>
);

export function BundledGlossary({ entries, notes, hidden, onSaveNote, onSetHidden, language }: BundledGlossaryProps) {
  const [category, setCategory] = useState<Category>('economy');
  const [rising, setRising] = useState(false);
  const inCategory = (entries ?? []).filter((e) => e.category === category);
  // Ranked over every entry, so the corpus's last year is the one a rise is measured to (utils/engine/trend.ts).
  const shown = rising ? byRising(entries ?? []).filter(({ entry }) => entry.category === category) : inCategory.map((entry) => ({ entry, rise: undefined }));
  return (
    <section class="bundled" aria-labelledby="bundled-title">
      <h2 id="bundled-title">{t('optBundledGlossary')}</h2>
      <label>
        {t('optCategory')}{' '}
        <select name="category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
          {(Object.keys(CATEGORIES) as Category[]).map((key) => (
            <option key={key} value={key}>
              {categoryLabel(key)} ({(entries ?? []).filter((e) => e.category === key).length})
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        <input type="checkbox" name="rising" checked={rising} onChange={(e) => setRising(e.currentTarget.checked)} /> {t('optRisingFirst')}
      </label>
      {entries === null ? (
        <p>{t('optLoading')}</p>
      ) : (
        <ul class="entries">
          {shown.map(({ entry, rise }) => (
            <li key={entry.id} data-entry={entry.id} class={hidden.has(entry.id) ? 'is-hidden' : ''}>
              <div class="headword">
                <span lang="zh-Hans">{entry.hans}</span>
                {entry.hant !== entry.hans && <span lang="zh-Hant"> / {entry.hant}</span>} <span class="pinyin">{entry.pinyin}</span>{' '}
                <span class="en">{entry.en}</span>
                {rise !== undefined && <span class="rise"> {t('optRise', (2 ** rise).toFixed(1))}</span>}
              </div>
              <Meaning {...explanationIn(entry, language)} />
              <EntryNote key={notes.get(entry.id) ?? ''} entry={entry} note={notes.get(entry.id) ?? ''} onSave={(text) => onSaveNote(entry.id, text)} />
              <label class="hide">
                <input type="checkbox" name="hidden" checked={hidden.has(entry.id)} onChange={(e) => onSetHidden(entry.id, e.currentTarget.checked)} />{' '}
                {t('optDontMark')}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
