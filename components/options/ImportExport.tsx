/**
 * Export (JSON, CSV, Anki) and import (JSON, CSV) with a preview: new, changed and conflicting
 * records, a choice for each conflict, one write, and undo. Props only.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { defaultChoice, type Choice, type ImportRow } from '@/utils/personal/merge';

export type ExportFormat = 'json' | 'csv' | 'anki';

export interface ImportPreview {
  fileName: string;
  rows: ImportRow[];
}

export interface ImportExportProps {
  onExport(format: ExportFormat): void;
  onFile(file: File): void;
  /** Why the chosen file cannot be imported (nothing was changed). */
  error: string | null;
  preview: ImportPreview | null;
  /** How a record is named to the reader: the term, or the bundled term a note is on. */
  labelOf(row: ImportRow): string;
  onConfirm(choices: ReadonlyMap<string, Choice>): void;
  onCancel(): void;
  /** Set after an import, until undone. */
  backupSavedAt: number | null;
  onUndoImport(): void;
  message: string | null;
  /** A file being read or an import being saved: what is happening, and how far (total 0: unknown). */
  progress: { label: string; done: number; total: number } | null;
}

/** Rows of a preview listed by name: a file of thousands shows its counts and the first of them. */
const LISTED_ROWS = 200;

const STATUS_LABEL: Record<ImportRow['status'], MessageKey> = { new: 'optStatusNew', changed: 'optStatusChanged', conflict: 'optStatusConflict', same: 'optStatusSame' };

function Preview({ preview, labelOf, onConfirm, onCancel }: Pick<ImportExportProps, 'labelOf' | 'onConfirm' | 'onCancel'> & { preview: ImportPreview }) {
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const count = (status: ImportRow['status']) => preview.rows.filter((r) => r.status === status).length;
  const listed = preview.rows.filter((r) => r.status !== 'same');
  const choose = (key: string, choice: Choice) => setChoices(new Map(choices).set(key, choice));
  const chooseAll = (choice: Choice) =>
    setChoices(new Map(preview.rows.filter((r) => r.status === 'conflict').map((r) => [r.key, choice])));
  return (
    <div class="preview" role="region" aria-label={t('optImportPreview')}>
      <p>
        {t('optPreviewCounts', preview.fileName, count('new'), count('changed'), count('conflict'), count('same'))}
      </p>
      {count('conflict') > 0 && (
        <p class="actions">
          {t('optConflicts')}{' '}
          <button type="button" onClick={() => chooseAll('mine')}>
            {t('optKeepAllMine')}
          </button>
          <button type="button" onClick={() => chooseAll('theirs')}>
            {t('optTakeAllTheirs')}
          </button>
        </p>
      )}
      {listed.length > 0 && (
        <ul class="preview-list">
          {listed.slice(0, LISTED_ROWS).map((row) => {
            const choice = choices.get(row.key) ?? defaultChoice(row);
            return (
              <li key={row.key} data-status={row.status}>
                <span class="status-tag">{t(STATUS_LABEL[row.status])}</span> <span lang="zh">{labelOf(row)}</span>
                {row.status !== 'new' && (
                  <span class="choice">
                    <label>
                      <input type="radio" name={`choice-${row.key}`} checked={choice === 'mine'} onChange={() => choose(row.key, 'mine')} /> {t('optKeepMine')}
                    </label>
                    <label>
                      <input type="radio" name={`choice-${row.key}`} checked={choice === 'theirs'} onChange={() => choose(row.key, 'theirs')} /> {t('optTakeTheirs')}
                    </label>
                  </span>
                )}
              </li>
            );
          })}
          {listed.length > LISTED_ROWS && <li class="more">{t('optPreviewMore', listed.length - LISTED_ROWS)}</li>}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onConfirm(choices)} disabled={listed.length === 0}>
          {t('optImport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export function ImportExport(props: ImportExportProps) {
  return (
    <section class="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('optExportImport')}</h2>
      <div class="actions">
        <button type="button" onClick={() => props.onExport('json')}>
          {t('optExportJson')}
        </button>
        <button type="button" onClick={() => props.onExport('csv')}>
          {t('optExportCsv')}
        </button>
        <button type="button" onClick={() => props.onExport('anki')}>
          {t('optExportAnki')}
        </button>
      </div>
      <label class="file">
        {t('optImportFile')}{' '}
        <input
          type="file"
          name="import"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again still imports it
            if (file) props.onFile(file);
          }}
        />
      </label>
      {props.progress && (
        <p class="message" role="status">
          {props.progress.label}{' '}
          {props.progress.total > 0 ? <progress max={props.progress.total} value={props.progress.done} /> : <progress />}
        </p>
      )}
      {props.error && (
        <p class="error" role="alert">
          {t('optNothingImported', props.error)}
        </p>
      )}
      {props.preview && (
        <Preview key={props.preview.fileName} preview={props.preview} labelOf={props.labelOf} onConfirm={props.onConfirm} onCancel={props.onCancel} />
      )}
      {props.message && (
        <p class="message" role="status">
          {props.message}
        </p>
      )}
      {props.backupSavedAt !== null && (
        <p class="undo-import">
          {t('optBackupKept', new Date(props.backupSavedAt).toLocaleString())}{' '}
          <button type="button" onClick={props.onUndoImport}>
            {t('optUndoImport')}
          </button>
        </p>
      )}
    </section>
  );
}
