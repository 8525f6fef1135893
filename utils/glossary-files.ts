/**
 * Reads the compiled glossary from the extension's own files. None is bundled into a script: the
 * content script runs in every frame on the web, and most pages are not Chinese, so the match data
 * is read only on a page worth reading, and the entries a few small shards at a time, for the
 * entries a popover or the popup shows.
 */
import { browser } from 'wxt/browser';
import shards from '@@/glossary/.generated/shards.json';
import { entriesAsset, MATCH_ASSET } from '@/glossary/paths';
import type { GlossaryEntry } from './engine/glossary';
import { decodeMatchFile } from './engine/match-file';
import { shardOf } from './engine/shards';

async function readFile(asset: string): Promise<Response> {
  // An asset path: the typed list of public paths holds the match data, not each shard's name.
  const response = await fetch(browser.runtime.getURL(`/${asset}` as '/glossary/match.bin'));
  if (!response.ok) throw new Error(`Tifa: cannot read its glossary file ${asset} (${response.status})`);
  return response;
}

const readJson = async <T>(asset: string) => (await (await readFile(asset)).json()) as T;

export const readMatchData = async () => decodeMatchFile(await (await readFile(MATCH_ASSET)).arrayBuffer());

/** The shards holding the entries `ids` (each shard once). */
export const shardsOf = (ids: Iterable<string>) => new Set([...ids].map((id) => shardOf(id, shards.count)));

export const readShard = (shard: number) => readJson<GlossaryEntry[]>(entriesAsset(shard));

/** The entries with these ids (and the others that share their shards). */
export async function readEntriesOf(ids: Iterable<string>): Promise<GlossaryEntry[]> {
  return (await Promise.all([...shardsOf(ids)].map(readShard))).flat();
}

/** Every entry (the options page lists them all). */
export async function readAllEntries(): Promise<GlossaryEntry[]> {
  return (await Promise.all(Array.from({ length: shards.count }, (_, shard) => readShard(shard)))).flat();
}

/** Keeps the result of a read; one that failed is tried again on the next call. */
export function readOnce<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | null = null;
  return () =>
    (result ??= read().catch((error: unknown) => {
      result = null;
      throw error;
    }));
}

/** The entries a page's terms need, read shard by shard as new ids come, each entry kept once (popup, side panel). */
export function createEntryCache(): (ids: readonly string[]) => Promise<ReadonlyMap<string, GlossaryEntry>> {
  const known = new Map<string, GlossaryEntry>();
  return async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) for (const entry of await readEntriesOf(missing)) known.set(entry.id, entry);
    return new Map(known);
  };
}
