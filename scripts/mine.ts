/**
 * npm run mine [-- --top N] [--min-count N] [--only-new]
 *
 * Rebuilds the corpus the manifest names (glossary/mining/manifest.json) from the git mirrors,
 * ranks the phrases that recur in it as candidate formulations, says which the glossary covers,
 * prints the top of the list and writes it whole to glossary/mining/.corpus/candidates.tsv, with
 * the top uncovered candidates (strings and counts only) in glossary/mining/candidates.tsv.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dict } from '@node-rs/jieba/dict';
import { readCharacterData } from '../glossary/build';
import { corpusBuffer, keyAt, writtenAt } from '../glossary/mining/buffer';
import { CORPUS_DIR, loadCorpus } from '../glossary/mining/corpus';
import { coverageOf, formFragments } from '../glossary/mining/coverage';
import { generalFrequency } from '../glossary/mining/general-frequency';
import { MINING_DIR, readManifest, type Doc } from '../glossary/mining/manifest';
import { recurringGrams } from '../glossary/mining/ngrams';
import { quotedPhrases } from '../glossary/mining/patterns';
import { rankPhrases } from '../glossary/mining/rank';
import { balanced, compactTsv, fullTsv, printedLine, type Ranked } from '../glossary/mining/report';
import { spreadOf } from '../glossary/mining/spread';
import { formsOf } from '../utils/engine/glossary';
import { createFoldTable, foldText, foldUnit } from '../utils/engine/fold';
import { loadGlossary } from './text-terms';

const { values: args } = parseArgs({
  options: {
    top: { type: 'string', default: '100' },
    'min-count': { type: 'string', default: '10' },
    /** How many ranked candidates get counts per year, an example and a coverage check. */
    keep: { type: 'string', default: '20000' },
    'only-new': { type: 'boolean', default: false },
  },
});
const COMMITTED = 1500;

const started = Date.now();
const step = (what: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

const rankedDocs: Doc[] = [];
const otherDocs: Doc[] = [];
const missing: string[] = [];
for (const entry of readManifest()) {
  const corpus = loadCorpus(entry);
  if ('missing' in corpus) missing.push(corpus.missing);
  else for (const doc of corpus) (Number(doc.id) % (entry.rankEvery ?? 1) === 0 ? rankedDocs : otherDocs).push(doc);
}
if (missing.length > 0) {
  console.error(`npm run mine needs the mirrors the manifest names:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
step(`corpus: ${rankedDocs.length + otherDocs.length} texts, ${rankedDocs.length} of them ranked`);

const table = createFoldTable(readCharacterData().foldPairs);
const fold = (text: string) => foldText(table, text);
// The ranked texts first, so that they are a prefix of the buffer.
const buffer = corpusBuffer([...rankedDocs, ...otherDocs], (unit) => foldUnit(table, unit));
const rankedUnits = buffer.units.subarray(0, rankedDocs.length ? buffer.starts[rankedDocs.length - 1]! + rankedDocs.at(-1)!.text.length + 1 : 0);
const quoted = new Map<string, number>();
for (const doc of rankedDocs) quotedPhrases(doc.text, fold, quoted);
step(`folded ${buffer.units.length} characters, ${rankedUnits.length} ranked`);

const grams = recurringGrams(rankedUnits, { minLength: 2, maxLength: 12, minCount: Number(args['min-count']) });
step(`${grams.length} recurring n-grams`);

const phrases = grams.map((g) => ({ ...g, term: keyAt(buffer, g.start, g.length) }));
const general = generalFrequency(Buffer.from(dict).toString('utf8'), fold);
const candidates = rankPhrases(phrases, quoted, general, rankedUnits.length).slice(0, Number(args.keep));
step(`${candidates.length} candidates ranked`);

const glossary = loadGlossary();
const fragments = formFragments([...glossary.entries.values()].flatMap((e) => formsOf(e).map((f) => [e.id, fold(f)] as [string, string])));
const spreads = spreadOf(candidates.map((c) => c.term), buffer);
const list: Ranked[] = candidates.map((candidate, i) => ({
  rank: i + 1,
  candidate,
  written: writtenAt(buffer, candidate.start, candidate.length),
  status: coverageOf(candidate.term, glossary.termsIn(candidate.term).occurrences, fragments),
  spread: spreads[i]!,
}));
step('coverage and spread');

const uncovered = list.filter((r) => r.status === 'NEW' || r.status.startsWith('extends'));
writeFileSync(path.join(CORPUS_DIR, 'candidates.tsv'), fullTsv(list));
const sizes = new Map<string, number>();
for (const doc of buffer.docs) sizes.set(doc.source, (sizes.get(doc.source) ?? 0) + doc.text.length);
writeFileSync(path.join(MINING_DIR, 'candidates.tsv'), compactTsv(balanced(uncovered, COMMITTED, sizes)));
const shown = (args['only-new'] ? list.filter((r) => r.status === 'NEW') : list).slice(0, Number(args.top));
console.log(shown.map(printedLine).join('\n'));
const covered = list.filter((r) => r.status.startsWith('covered')).length;
console.log(
  `\n${list.length} candidates: ${covered} covered, ${uncovered.length} uncovered` +
    ` (${list.filter((r) => r.status === 'NEW').length} NEW). Whole list: ${path.relative(process.cwd(), path.join(CORPUS_DIR, 'candidates.tsv'))};` +
    ` top ${Math.min(COMMITTED, uncovered.length)} uncovered, shared among the sources: ${path.relative(process.cwd(), path.join(MINING_DIR, 'candidates.tsv'))}`,
);
step('done');
