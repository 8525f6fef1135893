/** Binds the page's glossary to take away to the tab's title, the reader's notes, the clipboard and downloads. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageGlossaryExport } from '@/components/PageGlossaryExport';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import type { PageStatus } from '@/utils/messages';
import { loadPersonal } from '@/utils/personal';
import { download } from '../options/download';

export function PageGlossary({ found, entries }: { found: PageStatus['found']; entries: ReadonlyMap<string, GlossaryEntry> }) {
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    // The tab's title needs no "tabs" permission: Tifa has host access to the pages it reads.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTitle(tab?.title ?? ''));
    void loadPersonal().then((personal) => setNotes(new Map(personal.notes.map((note) => [note.entryId, note.text]))));
  }, []);
  return (
    <PageGlossaryExport
      found={found}
      entries={entries}
      title={title}
      notes={notes}
      onCopy={(text) => navigator.clipboard.writeText(text)}
      onDownload={download}
    />
  );
}
