/**
 * The form for adding or editing an own term. Warns as the reader types when a form is already a
 * bundled term's (the own term would take its place on pages) and offers a note on that entry
 * instead; the replaced entry is chosen by name from a searchable list. Props only.
 */
import { useState } from 'preact/hooks';
import type { FoldTable } from '@/utils/engine/fold';
import type { GlossaryEntry, Script } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import { bundledTaken, entryLabel, resolveReplaced, type BundledForms } from '@/utils/personal/bundled';
import type { OwnTermDraft } from '@/utils/personal/edits';

/** The bundled glossary as the form needs it. */
export interface BundledLookup {
  byId: ReadonlyMap<string, GlossaryEntry>;
  forms: BundledForms;
  fold: FoldTable;
}

/** The id of the list of bundled entries the replaced-entry field offers (MyGlossary renders it once). */
export const BUNDLED_LIST_ID = 'bundled-entries';

export interface OwnTermFormProps {
  initial: OwnTermDraft;
  submitLabel: string;
  bundled: BundledLookup;
  /** Resolves to an error message to show, or null when saved. */
  onSubmit(draft: OwnTermDraft): Promise<string | null>;
  /** The reader chose to write a note on the bundled entry instead; `text` is the note typed so far. */
  onNoteInstead(entry: GlossaryEntry, text: string): void;
  onCancel?: () => void;
}

const splitAliases = (text: string) => text.split(/[;；,，、\n]/).map((a) => a.trim()).filter(Boolean);

export function OwnTermForm({ initial, submitLabel, bundled, onSubmit, onNoteInstead, onCancel }: OwnTermFormProps) {
  const [draft, setDraft] = useState<OwnTermDraft>(initial);
  const [aliases, setAliases] = useState((initial.aliases ?? []).join('; '));
  const [replaces, setReplaces] = useState(() => {
    const entry = initial.replaces ? bundled.byId.get(initial.replaces) : undefined;
    return entry ? entryLabel(entry) : (initial.replaces ?? '');
  });
  const [error, setError] = useState<string | null>(null);
  const taken = bundledTaken(bundled.forms, bundled.fold, [draft.term, ...splitAliases(aliases)]);
  const field = (name: 'term' | 'pinyin' | 'en' | 'meaning' | 'note') => ({
    name,
    value: draft[name] ?? '',
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const chosen = resolveReplaced(replaces, bundled.byId, bundled.forms, bundled.fold);
    if (!chosen.ok) {
      setError(chosen.error);
      return;
    }
    // A term with a bundled form takes that entry's place on pages whatever this field says:
    // recording it lets the popover show the bundled explanation for the fields left empty.
    setError(await onSubmit({ ...draft, aliases: splitAliases(aliases), replaces: chosen.id ?? taken?.id }));
  };
  return (
    <form class="own-term-form" onSubmit={submit}>
      <label>
        {t('optFieldTerm')} <input {...field('term')} required lang="zh" />
      </label>
      <label>
        {t('optFieldScript')}
        <select name="script" value={draft.script ?? 'hans'} onChange={(e) => setDraft({ ...draft, script: e.currentTarget.value as Script })}>
          <option value="hans">{t('optScriptHans')}</option>
          <option value="hant">{t('optScriptHant')}</option>
        </select>
      </label>
      <label>
        {t('optFieldAliases')}{' '}
        <input name="aliases" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} placeholder={t('optAliasesHint')} lang="zh" />
      </label>
      {taken && (
        <div class="wide hint warning" role="status">
          <p>{t('optTakesBundled', draft.term.trim(), taken.hans, taken.en)}</p>
          <button type="button" onClick={() => onNoteInstead(taken, draft.note ?? '')}>
            {t('optNoteInstead')}
          </button>
        </div>
      )}
      <label>
        {t('pinyin')} <input {...field('pinyin')} />
      </label>
      <label>
        {t('optColumnEnglish')} <input {...field('en')} />
      </label>
      <label class="wide">
        {t('optFieldMeaning')} <textarea {...field('meaning')} rows={2} />
      </label>
      <label class="wide">
        {t('optNote')} <textarea {...field('note')} rows={2} />
      </label>
      <label>
        {t('optFieldReplaces')}{' '}
        <input name="replaces" list={BUNDLED_LIST_ID} value={replaces} onInput={(e) => setReplaces(e.currentTarget.value)} placeholder={t('optReplacesHint')} />
      </label>
      {draft.source && (
        <p class="source">
          {t('optFrom')} <a href={draft.source} target="_blank" rel="noreferrer noopener">{draft.source}</a>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
