/** Where the glossary's files sit in the built extension; shared by the build and the scripts that read them. */
/** The entries, in small shards (`utils/engine/shards.ts`): `glossary/entries/<shard>.json`. */
export const ENTRIES_DIR_ASSET = 'glossary/entries';
export const entriesAsset = (shard: number) => `${ENTRIES_DIR_ASSET}/${shard}.json` as const;
/**
 * The match data as a page reads it (`utils/engine/match-file.ts`): read by the reader only on a
 * page worth reading, so other pages never load it.
 */
export const MATCH_ASSET = 'glossary/match.bin';
