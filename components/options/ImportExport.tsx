/**
 * Export (JSON, CSV, Anki) and import (JSON, CSV) with a preview: new, changed and conflicting
 * records, a choice for each conflict, one write, and undo. Props only.
 */
import { useState } from 'preact/hooks';
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
}

const STATUS_LABEL = { new: 'New', changed: 'Changed', conflict: 'Conflict', same: 'Unchanged' } as const;

function Preview({ preview, labelOf, onConfirm, onCancel }: Pick<ImportExportProps, 'labelOf' | 'onConfirm' | 'onCancel'> & { preview: ImportPreview }) {
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const count = (status: ImportRow['status']) => preview.rows.filter((r) => r.status === status).length;
  const listed = preview.rows.filter((r) => r.status !== 'same');
  const choose = (key: string, choice: Choice) => setChoices(new Map(choices).set(key, choice));
  const chooseAll = (choice: Choice) =>
    setChoices(new Map(preview.rows.filter((r) => r.status === 'conflict').map((r) => [r.key, choice])));
  return (
    <div class="preview" role="region" aria-label="Import preview">
      <p>
        {preview.fileName}: {count('new')} new, {count('changed')} changed, {count('conflict')} in conflict, {count('same')} unchanged.
      </p>
      {count('conflict') > 0 && (
        <p class="actions">
          Conflicts (edited here since the file was made):{' '}
          <button type="button" onClick={() => chooseAll('mine')}>
            Keep all mine
          </button>
          <button type="button" onClick={() => chooseAll('theirs')}>
            Take all theirs
          </button>
        </p>
      )}
      {listed.length > 0 && (
        <ul class="preview-list">
          {listed.map((row) => {
            const choice = choices.get(row.key) ?? defaultChoice(row);
            return (
              <li key={row.key} data-status={row.status}>
                <span class="status-tag">{STATUS_LABEL[row.status]}</span> <span lang="zh">{labelOf(row)}</span>
                {row.status !== 'new' && (
                  <span class="choice">
                    <label>
                      <input type="radio" name={`choice-${row.key}`} checked={choice === 'mine'} onChange={() => choose(row.key, 'mine')} /> keep mine
                    </label>
                    <label>
                      <input type="radio" name={`choice-${row.key}`} checked={choice === 'theirs'} onChange={() => choose(row.key, 'theirs')} /> take theirs
                    </label>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onConfirm(choices)} disabled={listed.length === 0}>
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ImportExport(props: ImportExportProps) {
  return (
    <section class="import-export" aria-labelledby="import-export-title">
      <h2 id="import-export-title">Export and import</h2>
      <div class="actions">
        <button type="button" onClick={() => props.onExport('json')}>
          Export JSON (complete)
        </button>
        <button type="button" onClick={() => props.onExport('csv')}>
          Export CSV
        </button>
        <button type="button" onClick={() => props.onExport('anki')}>
          Export for Anki
        </button>
      </div>
      <label class="file">
        Import a JSON or CSV file{' '}
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
      {props.error && (
        <p class="error" role="alert">
          Nothing was imported. {props.error}
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
          Your glossary as it was before the last import ({new Date(props.backupSavedAt).toLocaleString()}) is kept.{' '}
          <button type="button" onClick={props.onUndoImport}>
            Undo the import
          </button>
        </p>
      )}
    </section>
  );
}
