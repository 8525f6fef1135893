/**
 * The options page (a full tab): binds the section components, which take props only, to
 * storage. Each section is its own component so more (settings) can be added beside them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import matchData from '@@/glossary/.generated/match.json';
import { BundledGlossary } from '@/components/options/BundledGlossary';
import { SettingsForm } from '@/components/SettingsForm';
import { ImportExport, type ExportFormat, type ImportPreview } from '@/components/options/ImportExport';
import { MyGlossary } from '@/components/options/MyGlossary';
import { glossaryRows, type GlossaryRow } from '@/components/options/rows';
import { SyncPanel } from '@/components/options/SyncPanel';
import { createFoldTable } from '@/utils/engine/fold';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { createScriptTable, scriptOf } from '@/utils/engine/script';
import { readAllEntries } from '@/utils/glossary-files';
import { bundledForms, unknownReplaced } from '@/utils/personal/bundled';
import type { OwnTermDraft } from '@/utils/personal/edits';
import { importSteps, toAnkiTsv, toCsv, tooLarge, toJson, type Imported } from '@/utils/personal/formats';
import { applyImport, previewImport, type ImportRow } from '@/utils/personal/merge';
import { readAddPrefill } from '@/utils/personal/prefill';
import { EMPTY_PERSONAL, LIMITS, type Note, type OwnTerm, type PersonalGlossary, type Progress } from '@/utils/personal/schema';
import {
  addOwnTerm,
  discardDamaged,
  loadBackup,
  loadDamaged,
  loadPersonal,
  removeNote,
  removeOwnTerm,
  replaceWithImport,
  restoreRecord,
  setHidden,
  setNote,
  undoImport,
  updateOwnTerm,
  watchBackup,
  watchDamaged,
  watchPersonal,
  type Backup,
  type DamagedCopy,
} from '@/utils/personal/store';
import { pullFromSync, syncEnabledItem, syncStatusItem, type LeftOut, type SyncStatus } from '@/utils/personal/sync';
import { t } from '@/utils/i18n';
import { runInSlices } from '@/utils/slices';
import { useThemeOf } from '@/utils/ui-theme';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type Settings } from '@/utils/settings';
import { useCurrentSection } from './current-section';
import { download, today } from './download';

const fold = createFoldTable(matchData.foldPairs);
const scripts = createScriptTable(matchData.scriptMarks);

function initialPrefill(): OwnTermDraft | null {
  const prefill = readAddPrefill(location.hash);
  if (!prefill) return null;
  return { ...prefill, script: scriptOf(scripts, prefill.term) ?? 'hans' };
}

/**
 * Pinyin for own terms without one (see readings.ts): a chunk of its own that only this page loads,
 * asked for as the page opens so that saving a term does not wait for it (a reader may close the
 * tab right after saving).
 */
const readingsModule = import('@/utils/personal/readings');
const readings = () => readingsModule;

/** Reads an import file a slice at a time, reporting its progress, so the page answers input meanwhile. */
function readImport(text: string, fileName: string, onProgress: (progress: Progress) => void): Promise<Imported> {
  const steps = importSteps(text, fileName);
  let result: Imported | undefined;
  let last: Progress = [0, 0];
  const work: Iterator<unknown> = {
    next() {
      const step = steps.next();
      if (step.done) result = step.value;
      else last = step.value;
      return step.done ? { done: true, value: undefined } : { done: false, value: null };
    },
  };
  return runInSlices(work, { signal: new AbortController().signal, afterSlice: () => onProgress(last) }).then(() => result!);
}

/** Runs a storage write; resolves to the message of its error, for the form that asked. */
const attempt = (write: () => Promise<unknown>): Promise<string | null> =>
  write().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

export function App() {
  const [personal, setPersonal] = useState<PersonalGlossary>(EMPTY_PERSONAL);
  const [entries, setEntries] = useState<GlossaryEntry[] | null>(null);
  const [damaged, setDamaged] = useState<DamagedCopy | null>(null);
  const [backup, setBackup] = useState<Backup | null>(null);
  const [syncEnabled, setSyncEnabled] = useState(false);
  const [syncStatus, setSyncStatus] = useState<SyncStatus | null>(null);
  const [removed, setRemoved] = useState<{ label: string; record: Note | OwnTerm } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [incoming, setIncoming] = useState<{ fileName: string; glossary: PersonalGlossary } | null>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [importProgress, setImportProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [prefill] = useState(initialPrefill);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    void loadPersonal().then(setPersonal);
    void loadDamaged().then(setDamaged);
    void loadBackup().then(setBackup);
    void syncEnabledItem.getValue().then(setSyncEnabled);
    void syncStatusItem.getValue().then(setSyncStatus);
    void readAllEntries().then(setEntries);
    void loadSettings().then(setSettings);
    const unwatch = [
      watchSettings(setSettings),
      watchPersonal(setPersonal),
      watchDamaged(setDamaged),
      watchBackup(setBackup),
      syncEnabledItem.watch(setSyncEnabled),
      syncStatusItem.watch(setSyncStatus),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  useThemeOf(settings.theme);
  const byId = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);
  const rows = useMemo(() => glossaryRows(personal, byId), [personal, byId]);
  const bundled = useMemo(() => ({ byId, forms: bundledForms(entries ?? [], fold), fold }), [byId, entries]);
  const headword = (id: string) => byId.get(id)?.hans ?? id;
  const labelOf = (row: ImportRow) =>
    row.kind === 'term' ? (row.theirs as OwnTerm).term : t(row.kind === 'note' ? 'optNoteOn' : 'optHide', headword((row.theirs as Note).entryId));
  const preview: ImportPreview | null = incoming && { fileName: incoming.fileName, rows: previewImport(personal, incoming.glossary) };

  const onDelete = async (row: GlossaryRow) => {
    if (row.kind === 'hidden') return; // unhidden, not deleted
    const record = row.kind === 'term' ? await removeOwnTerm(row.ownTerm.id) : await removeNote(row.note.entryId);
    if (record) setRemoved({ label: row.kind === 'term' ? row.term : t('optTheNoteOn', row.term), record });
  };

  const onExport = (format: ExportFormat) => {
    if (format === 'json') download(`tifa-glossary-${today()}.json`, toJson(personal), 'application/json');
    else if (format === 'csv') download(`tifa-glossary-${today()}.csv`, toCsv(personal, byId), 'text/csv');
    else void readings().then(async ({ withReadings }) => download(`tifa-anki-${today()}.txt`, toAnkiTsv(await withReadings(personal), byId), 'text/tab-separated-values'));
  };

  const onFile = async (file: File) => {
    setImportMessage(null);
    setIncoming(null);
    // Refused before reading: a huge file would stall the page for nothing.
    if (file.size > LIMITS.fileBytes) {
      setImportError(tooLarge(file.size));
      return;
    }
    setImportProgress({ label: t('optImportReading', 0, '…'), done: 0, total: 1 });
    const result = await readImport(await file.text(), file.name, ([done, total]) =>
      setImportProgress({ label: t('optImportReading', done, total), done, total }),
    );
    setImportProgress(null);
    // Own terms replacing an entry the bundled glossary lacks would silently replace nothing.
    const error = result.ok ? unknownReplaced(result.glossary, byId) : result.error;
    setImportError(error);
    if (!error && result.ok) setIncoming({ fileName: file.name, glossary: result.glossary });
  };

  const onConfirm = async (choices: ReadonlyMap<string, 'mine' | 'theirs'>) => {
    if (!incoming) return;
    // Against the glossary as stored now, in case another tab changed it during the preview.
    const mine = await loadPersonal();
    const rowsNow = previewImport(mine, incoming.glossary);
    const written = rowsNow.filter((r) => r.status !== 'same' && (choices.get(r.key) ?? (r.status === 'conflict' ? 'mine' : 'theirs')) === 'theirs');
    setIncoming(null);
    setImportProgress({ label: t('optImportWriting', written.length), done: 0, total: 0 });
    await replaceWithImport(applyImport(mine, rowsNow, choices)).finally(() => setImportProgress(null));
    setImportMessage(t(written.length === 1 ? 'optImportedOne' : 'optImportedMany', written.length, incoming.fileName));
  };

  const sections: [string, string][] = [
    ['settings-heading', t('settings')],
    ['my-glossary-title', t('optMyGlossary')],
    ['import-export-title', t('optExportImport')],
    ['sync-title', t('optSyncAndSafety')],
    ['bundled-title', t('optBundledGlossary')],
  ];
  const currentSection = useCurrentSection(sections.map(([id]) => id));
  return (
    <div class="options-layout">
      <header class="top">
        <h1>
          Tifa <span lang="zh">提法</span>
        </h1>
      </header>
      <nav class="sections" aria-label={t('optSections')}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === currentSection ? 'location' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
      <section class="settings-section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settings')}</h2>
        <SettingsForm
          settings={settings}
          onChange={(next) => {
            setSettings(next);
            void saveSettings(next);
          }}
          withCategories
        />
      </section>
      <MyGlossary
        rows={rows}
        bundled={bundled}
        prefill={prefill}
        onAdd={(draft) =>
          attempt(async () => {
            await addOwnTerm(await (await readings()).withReading(draft));
            if (location.hash) history.replaceState(null, '', location.pathname); // a reload does not add it twice
          })
        }
        onUpdateTerm={(id, draft) => attempt(async () => updateOwnTerm(id, await (await readings()).withReading(draft)))}
        onSaveNote={(entryId, text) => attempt(() => setNote(entryId, text))}
        onDelete={(row) => void onDelete(row)}
        onUnhide={(entryId) => void setHidden(entryId, false)}
        undoable={removed?.label ?? null}
        onUndo={() => {
          if (removed) void restoreRecord(removed.record);
          setRemoved(null);
        }}
      />
      <ImportExport
        onExport={onExport}
        onFile={(file) => void onFile(file)}
        error={importError}
        preview={preview}
        labelOf={labelOf}
        onConfirm={(choices) => void onConfirm(choices)}
        onCancel={() => setIncoming(null)}
        backupSavedAt={backup?.savedAt ?? null}
        onUndoImport={() => {
          setImportMessage(null);
          void (syncEnabled ? pullFromSync() : Promise.resolve(null))
            .then((synced) => undoImport(synced))
            .then(() => setImportMessage(t('optImportUndone')));
        }}
        message={importMessage}
        progress={importProgress}
      />
      <SyncPanel
        enabled={syncEnabled}
        onToggle={(on) => void syncEnabledItem.setValue(on)}
        status={syncStatus}
        labelOf={(item: LeftOut) =>
          item.key.startsWith('term:') ? item.label : t(item.key.startsWith('note:') ? 'optNoteOn' : 'optHidden', headword(item.label))
        }
        damaged={damaged}
        onExportDamaged={() => damaged && download(`tifa-damaged-${today()}.json`, JSON.stringify(damaged, null, 2), 'application/json')}
        onDiscardDamaged={() => void discardDamaged()}
      />
      <BundledGlossary
        entries={entries}
        fold={fold}
        notes={new Map(personal.notes.map((n) => [n.entryId, n.text]))}
        hidden={new Set(personal.hidden.map((h) => h.entryId))}
        onSaveNote={(entryId, text) => attempt(() => setNote(entryId, text))}
        onSetHidden={(entryId, hidden) => void setHidden(entryId, hidden)}
        language={settings.language}
      />
      </main>
    </div>
  );
}
