/**
 * Glossary entries for the popover, read from the extension's files a shard at a time: an entry's
 * own shard and those of the entries it links to, when a popover first shows it, then kept. A tab
 * holds the entries its popovers showed, never the whole glossary. In Taiwan's standard
 * characters for a Taiwanese reader.
 */
import { browser } from 'wxt/browser';
import { inTaiwanForms, prefersTaiwanForms, type GlossaryEntry } from '@/utils/engine/glossary';
import { readShard, shardsOf } from '@/utils/glossary-files';

export interface EntryStore {
  /**
   * Every entry read so far, with `id` and the entries it links to among them; `id` is an own
   * term's for one, with the bundled entry it takes the place of as `replaces`.
   */
  around(id: string, replaces?: string): Promise<ReadonlyMap<string, GlossaryEntry>>;
}

export function createEntryStore(): EntryStore {
  const kept = new Map<string, GlossaryEntry>();
  const shards = new Map<number, Promise<void>>();
  const read = (ids: readonly string[]) =>
    Promise.all(
      [...shardsOf(ids)].map((shard) => {
        let done = shards.get(shard);
        if (!done) {
          done = readShard(shard).then(
            (entries) => void entries.forEach((entry) => kept.set(entry.id, entry)),
            (error: unknown) => {
              shards.delete(shard); // tried again by the next popover
              throw error;
            },
          );
          shards.set(shard, done);
        }
        return done;
      }),
    );
  const taiwanese = new Map<string, GlossaryEntry>();
  return {
    async around(id, replaces) {
      await read(replaces ? [id, replaces] : [id]);
      await read(kept.get(id)?.related ?? []);
      // Asked on each popover: a page converted to Taiwan's script changes its lang.
      if (!prefersTaiwanForms(document.documentElement.lang, browser.i18n.getUILanguage())) return kept;
      for (const [key, entry] of kept) if (!taiwanese.has(key)) taiwanese.set(key, inTaiwanForms(entry));
      return taiwanese;
    },
  };
}
