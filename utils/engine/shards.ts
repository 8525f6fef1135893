/**
 * The glossary's entries split into small files, so a tab that opens one popover reads and keeps
 * a few entries, not the whole glossary. An entry's shard is a hash of its id: the build writes
 * the shards and every reader finds an entry's file from its id alone.
 */

/** Entries per shard, on average: a popover's first read (its entry's shard and those of its related entries) stays a few tens of KB. */
export const ENTRIES_PER_SHARD = 8;

/** The number of shards for a glossary of `entries` entries: a power of two, so shards stay small as it grows. */
export function shardCount(entries: number): number {
  let count = 1;
  while (count * ENTRIES_PER_SHARD < entries) count *= 2;
  return count;
}

/** The shard holding the entry `id` (32-bit FNV-1a over its UTF-16 units). */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** The entries by shard, in their order within each shard. */
export function shardEntries<T extends { id: string }>(entries: readonly T[], count = shardCount(entries.length)): T[][] {
  const shards: T[][] = Array.from({ length: count }, () => []);
  for (const entry of entries) shards[shardOf(entry.id, count)]!.push(entry);
  return shards;
}
