/**
 * npm run trends
 *
 * Counts every glossary entry in the mined corpus (the texts `npm run mine` extracts from the git
 * mirrors the manifest names, held-out texts excluded) per source and year, with the project's
 * own matcher, and writes glossary/trends.json, which is committed: the build attaches each
 * entry's trend from it and never reads the corpus.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../glossary/mining/corpus';
import { isHeldOut } from '../glossary/mining/held-out';
import { readManifest, type Doc } from '../glossary/mining/manifest';
import { countTrends, MIN_YEAR_CHARACTERS, TRENDS_FILE, type TrendsFile } from '../glossary/trends';
import { runWhenCalled, type Output } from './cli';
import { loadGlossary } from './text-terms';

export function main(_args: string[], out: Output, err: Output): number {
  const docs: Doc[] = [];
  const missing: string[] = [];
  for (const entry of readManifest()) {
    const corpus = loadCorpus(entry);
    if ('missing' in corpus) missing.push(corpus.missing);
    else docs.push(...corpus);
  }
  if (missing.length > 0) {
    err.write(`npm run trends needs the mirrors the manifest names:\n${missing.map((m) => `  - ${m}`).join('\n')}\n`);
    return 1;
  }
  const glossary = loadGlossary();
  // The extraction skips held-out texts already; checked again here, as nothing held out may count.
  const counted = docs.filter((doc) => !isHeldOut(doc.source, doc.date, doc.source === 'citizen-news' ? Number(doc.id) : undefined));
  const trends = countTrends(counted, (text) => glossary.termsIn(text).occurrences.map((o) => o.id));
  const file: TrendsFile = {
    $comment:
      'Made by `npm run trends` from the corpus `npm run mine` reads (glossary/mining/manifest.json, held-out texts excluded). ' +
      `sources: per source its first covered year and the characters mined in each covered year (a year under ${MIN_YEAR_CHARACTERS} characters is no data); ` +
      'counts: per entry id and source, its occurrences in each covered year.',
    ...trends,
  };
  // One entry a line: a small diff when the counts change.
  const lines = Object.entries(file.counts).map(([id, counts]) => `    ${JSON.stringify(id)}: ${JSON.stringify(counts)}`);
  writeFileSync(
    TRENDS_FILE,
    `{\n  "$comment": ${JSON.stringify(file.$comment)},\n  "sources": ${JSON.stringify(file.sources)},\n  "counts": {\n${lines.join(',\n')}\n  }\n}\n`,
  );
  for (const [source, { from, characters }] of Object.entries(file.sources)) {
    out.write(`${source}: ${from}–${from + characters.length - 1}, ${characters.map((n) => (n / 1e6).toFixed(1)).join(' / ')} million characters\n`);
  }
  out.write(`${lines.length} of ${glossary.entries.size} entries said at least once; ${counted.length} texts counted → ${path.relative(process.cwd(), TRENDS_FILE)}\n`);
  return 0;
}

runWhenCalled(import.meta.url, main);
