/**
 * Glossary entries for the popover, read from the extension's files by the first popover of a
 * page and then kept; in Taiwan's standard characters for a Taiwanese reader.
 */
import { browser } from 'wxt/browser';
import { inTaiwanForms, prefersTaiwanForms, type GlossaryEntry } from '@/utils/engine/glossary';
import { readEntries, readOnce } from '@/utils/glossary-files';

export interface EntryStore {
  /** Every entry by id (read once, then kept). */
  all(): Promise<ReadonlyMap<string, GlossaryEntry>>;
}

export function createEntryStore(): EntryStore {
  const read = readOnce(async () => new Map((await readEntries()).map((entry) => [entry.id, entry])));
  let taiwanese: Map<string, GlossaryEntry> | null = null;
  return {
    async all() {
      const entries = await read();
      // Asked on each popover: a page converted to Taiwan's script changes its lang.
      if (!prefersTaiwanForms(document.documentElement.lang, browser.i18n.getUILanguage())) return entries;
      return (taiwanese ??= new Map([...entries].map(([id, entry]) => [id, inTaiwanForms(entry)])));
    },
  };
}
