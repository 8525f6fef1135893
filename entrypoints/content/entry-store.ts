/**
 * Glossary entries for the popover. They are not bundled into the content script (which carries
 * only what matching needs); the first popover reads them from the extension's own files, once
 * per page.
 */
import { browser } from 'wxt/browser';
import { ENTRIES_ASSET } from '@/glossary/paths';
import type { GlossaryEntry } from '@/utils/glossary';

export interface EntryStore {
  /** Every entry by id (read once, then kept). */
  all(): Promise<ReadonlyMap<string, GlossaryEntry>>;
}

export function createEntryStore(): EntryStore {
  let entries: Promise<Map<string, GlossaryEntry>> | null = null;
  const load = async () => {
    const response = await fetch(browser.runtime.getURL(`/${ENTRIES_ASSET}`));
    if (!response.ok) throw new Error(`Tifa: cannot read its glossary (${response.status})`);
    const list = (await response.json()) as GlossaryEntry[];
    return new Map(list.map((entry) => [entry.id, entry]));
  };
  return {
    all() {
      return (entries ??= load().catch((error: unknown) => {
        entries = null; // try again on the next popover
        throw error;
      }));
    },
  };
}
