/**
 * The corpus a manifest entry names, extracted once into glossary/mining/.corpus/ (git-ignored:
 * the texts are the publishers', never committed) and read from there while the entry is unchanged.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MINING_DIR, type Doc, type ManifestEntry } from './manifest';
import { hasMirror, mirrorGitDir } from './mirror';
import { cctvDocs } from './sources/cctv';
import { citizenNewsDocs } from './sources/citizen-news';
import { rthkDocs } from './sources/rthk';

export const CORPUS_DIR = path.join(MINING_DIR, '.corpus');
/** Raised when the extraction changes, so a cached corpus is made again. */
const FORMAT = 4;

function extract(entry: ManifestEntry): Iterable<Doc> {
  switch (entry.source) {
    case 'cctv':
      return cctvDocs(entry);
    case 'citizen-news':
      return citizenNewsDocs(entry);
    case 'rthk':
      return rthkDocs(entry);
  }
}

/** The entry's texts, or an explanation of the missing mirror. */
export function loadCorpus(entry: ManifestEntry): Doc[] | { missing: string } {
  const file = path.join(CORPUS_DIR, `${entry.source}.jsonl`);
  const key = JSON.stringify({ FORMAT, ...entry });
  if (existsSync(file)) {
    const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    if (head === key) return lines.map((line) => JSON.parse(line) as Doc);
  }
  if (!hasMirror(entry.repo)) {
    return {
      missing: `no mirror of ${entry.repo} at ${mirrorGitDir(entry.repo)}: bring it with the fetch tool, or ` +
        `git clone --mirror https://github.com/${entry.repo} ${mirrorGitDir(entry.repo)} (see README, Mining)`,
    };
  }
  const docs = [...extract(entry)];
  mkdirSync(CORPUS_DIR, { recursive: true });
  writeFileSync(file, [key, ...docs.map((doc) => JSON.stringify(doc))].join('\n') + '\n');
  return docs;
}
