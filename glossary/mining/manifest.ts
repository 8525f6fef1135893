/** The committed manifest (manifest.json): which texts of which mirrored repository, at which commit. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from './held-out';

export const MINING_DIR = path.dirname(fileURLToPath(import.meta.url));

interface Common {
  repo: string;
  commit: string;
  /** What the entry reads, in words (for the reader of the manifest; the fields below are the rule). */
  rule: string;
  /**
   * Only every n-th text (by id) is counted for the ranking, all of them for the counts per year:
   * keeps a large source of general news from outweighing the political ones, and the run short.
   */
  rankEvery?: number;
}
export type ManifestEntry =
  | (Common & { source: 'cctv'; folder: string; from: string })
  | (Common & { source: 'citizen-news'; folder: string; ids: string })
  | (Common & { source: 'rthk'; file: string; windowHours: number });

export function readManifest(): ManifestEntry[] {
  return (JSON.parse(readFileSync(path.join(MINING_DIR, 'manifest.json'), 'utf8')) as { sources: ManifestEntry[] }).sources;
}

/** One text of the corpus: a day's transcript, an article, a feed item. */
export interface Doc {
  source: Source;
  /** YYYY-MM-DD */
  date: string;
  id: string;
  text: string;
}
