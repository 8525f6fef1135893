/**
 * "This page's glossary": the terms on the page, in order of first appearance, as Markdown or
 * plain text in the reader's language and the page's script, copied or downloaded, with the
 * reader's notes when asked. The text is `npm run explain`'s (utils/page-glossary.ts). Props only.
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { t } from '@/utils/i18n';
import type { PageStatus } from '@/utils/messages';
import { mainScript, pageGlossary, type GlossaryFormat, type GlossaryLanguage } from '@/utils/page-glossary';

export interface PageGlossaryExportProps {
  found: PageStatus['found'];
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** The page's title, the glossary's heading. */
  title: string;
  /** The reader's notes by entry id. */
  notes: ReadonlyMap<string, string>;
  onCopy(text: string): Promise<void>;
  onDownload(fileName: string, text: string, type: string): void;
}

const FILE = { md: { extension: 'md', type: 'text/markdown;charset=utf-8' }, text: { extension: 'txt', type: 'text/plain;charset=utf-8' } };

export function PageGlossaryExport({ found, entries, title, notes, onCopy, onDownload }: PageGlossaryExportProps) {
  const [format, setFormat] = useState<GlossaryFormat>('md');
  const [withNotes, setWithNotes] = useState(false);
  const [done, setDone] = useState('');
  // Own terms have no pinyin or official English: the bundled entries only, as `npm run explain`.
  const rows = found.flatMap(({ id, count }) => (entries.has(id) ? [{ entry: entries.get(id)!, count }] : []));
  if (rows.length === 0) return null;
  const text = () =>
    pageGlossary(rows, {
      title,
      // The catalog the browser chose says which language the reader's words are in.
      language: t('glossaryLanguage') as GlossaryLanguage,
      script: mainScript(found.filter(({ id }) => entries.has(id))),
      format,
      ...(withNotes && { notes }),
      translate: t,
    });
  return (
    <section class="page-glossary" aria-labelledby="page-glossary-heading">
      <h2 id="page-glossary-heading">{t('exportHeading')}</h2>
      <fieldset class="row">
        <legend>{t('exportFormat')}</legend>
        {(['md', 'text'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="glossary-format" value={value} checked={format === value} onChange={() => setFormat(value)} />{' '}
            {t(value === 'md' ? 'exportMarkdown' : 'exportText')}
          </label>
        ))}
      </fieldset>
      <label class="switch">
        <span>{t('exportNotes')}</span>
        <input type="checkbox" name="glossary-notes" checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} />
      </label>
      <div class="actions">
        <button
          type="button"
          name="copy-glossary"
          onClick={() =>
            onCopy(text()).then(
              () => setDone(t('exportCopied', rows.length)),
              (error: Error) => setDone(t('exportFailed', error.message)),
            )
          }
        >
          {t('exportCopy')}
        </button>
        <button
          type="button"
          name="download-glossary"
          onClick={() => {
            const fileName = `tifa-glossary.${FILE[format].extension}`;
            onDownload(fileName, text(), FILE[format].type);
            setDone(t('exportDownloaded', fileName));
          }}
        >
          {t('exportDownload')}
        </button>
      </div>
      <p role="status" class="export-status">
        {done}
      </p>
    </section>
  );
}
