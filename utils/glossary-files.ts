/**
 * Reads the compiled glossary from the extension's own files. Neither file is bundled into a
 * script: the content script runs in every frame on the web, and most pages are not Chinese, so
 * the match data is read only on a page worth reading and the entries only for a popover.
 */
import { browser } from 'wxt/browser';
import { ENTRIES_ASSET, MATCH_ASSET } from '@/glossary/paths';
import type { GlossaryEntry, MatchData } from './engine/glossary';

async function readJson<T>(asset: typeof ENTRIES_ASSET | typeof MATCH_ASSET): Promise<T> {
  const response = await fetch(browser.runtime.getURL(`/${asset}`));
  if (!response.ok) throw new Error(`Tifa: cannot read its glossary file ${asset} (${response.status})`);
  return (await response.json()) as T;
}

export const readEntries = () => readJson<GlossaryEntry[]>(ENTRIES_ASSET);
export const readMatchData = () => readJson<MatchData>(MATCH_ASSET);

/** Keeps the result of a read; one that failed is tried again on the next call. */
export function readOnce<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () =>
    (result ??= read().catch((error: unknown) => {
      result = null;
      throw error;
    }));
}
