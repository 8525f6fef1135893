import { describe, expect, it } from 'vitest';
import { ENTRIES_PER_SHARD, shardCount, shardEntries, shardOf } from '@/utils/engine/shards';

describe('entry shards', () => {
  it('keeps shards small as the glossary grows: a power of two, about ENTRIES_PER_SHARD entries each', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(ENTRIES_PER_SHARD)).toBe(1);
    expect(shardCount(ENTRIES_PER_SHARD + 1)).toBe(2);
    expect(shardCount(1_962)).toBe(256);
    expect(shardCount(10_000)).toBe(2_048);
  });

  it('puts each entry in the shard its id names, and every entry in exactly one', () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => ({ id: `term-${i}` }));
    const shards = shardEntries(entries);
    expect(shards).toHaveLength(256);
    expect(shards.flat().map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    shards.forEach((shard, index) => shard.forEach((entry) => expect(shardOf(entry.id, 256)).toBe(index)));
  });

  it('spreads ids evenly enough that no shard is many times the average', () => {
    const shards = shardEntries(Array.from({ length: 2_000 }, (_, i) => ({ id: `entry-${i}-x` })));
    expect(Math.max(...shards.map((s) => s.length))).toBeLessThanOrEqual(4 * ENTRIES_PER_SHARD);
  });

  it('hashes UTF-16 ids the same on every run (the build and the page must agree)', () => {
    expect(shardOf('stranglehold', 256)).toBe(shardOf('stranglehold', 256));
    expect(shardOf('', 256)).toBe(0x811c9dc5 % 256);
  });
});
