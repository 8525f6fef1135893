/** The form for adding or editing an own term. Props only. */
import { useState } from 'preact/hooks';
import type { Script } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import type { OwnTermDraft } from '@/utils/personal/edits';

export interface OwnTermFormProps {
  initial: OwnTermDraft;
  submitLabel: string;
  /** Resolves to an error message to show, or null when saved. */
  onSubmit(draft: OwnTermDraft): Promise<string | null>;
  onCancel?: () => void;
}

const splitAliases = (text: string) => text.split(/[;；,，、\n]/).map((a) => a.trim()).filter(Boolean);

export function OwnTermForm({ initial, submitLabel, onSubmit, onCancel }: OwnTermFormProps) {
  const [draft, setDraft] = useState<OwnTermDraft>(initial);
  const [aliases, setAliases] = useState((initial.aliases ?? []).join('; '));
  const [error, setError] = useState<string | null>(null);
  const field = (name: 'term' | 'pinyin' | 'en' | 'meaning' | 'note' | 'replaces') => ({
    name,
    value: draft[name] ?? '',
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const message = await onSubmit({ ...draft, aliases: splitAliases(aliases) });
    setError(message);
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
        {t('optFieldReplaces')} <input {...field('replaces')} placeholder={t('optReplacesHint')} />
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
