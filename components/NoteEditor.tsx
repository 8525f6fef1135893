/**
 * The reader's own note on an entry, shown as text and edited in place. Props only: saving is the
 * caller's (it may fail, e.g. on a full storage, and then says why and keeps the draft), and so is
 * keeping a draft: the caller holds it while the popover is closed and hands it back, so words
 * typed are lost only by Cancel.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface NoteEditorProps {
  note: string;
  /** Resolves to null when saved, or to the reason it was not. */
  onSave(text: string): Promise<string | null>;
  /** A draft not yet saved, kept from an earlier opening: the editor opens on it. */
  draft?: string;
  /** Every change to the draft; null when the edit ends (saved or cancelled). */
  onDraft?(text: string | null): void;
}

export function NoteEditor({ note, onSave, draft: kept, onDraft }: NoteEditorProps) {
  const [draft, setDraftState] = useState<string | null>(kept ?? null);
  const setDraft = (text: string | null) => {
    setDraftState(text);
    onDraft?.(text);
  };
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) field.current?.focus({ preventScroll: true });
  }, [editing]);
  if (draft === null) {
    return (
      <div class="note">
        {note && (
          <p class="note-text">
            <span class="label">{t('note')}</span> {note}
          </p>
        )}
        <button type="button" class="link note-edit" onClick={() => setDraft(note)}>
          {note ? t('editNote') : t('addNote')}
        </button>
      </div>
    );
  }
  const save = async () => {
    const problem = await onSave(draft.trim());
    if (problem) setError(problem);
    else {
      setDraft(null);
      setError(null);
    }
  };
  return (
    <div class="note editing">
      <textarea
        aria-label={t('note')}
        value={draft}
        rows={3}
        maxLength={2000}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // Leaves the field, keeping the draft: neither the edit nor the popover is closed by it.
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
        ref={field}
      />
      {error && (
        <p class="note-error" role="alert">
          {t('noteFailed', error)}
        </p>
      )}
      <div class="note-actions">
        <button type="button" class="button primary" onClick={() => void save()}>
          {t('saveNote')}
        </button>
        <button type="button" class="button" onClick={() => setDraft(null)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
