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
import { readFoldPairs } from '../glossary/build';
import { CORPUS_DIR, loadCorpus } from '../glossary/mining/corpus';
import { coverageOf, formFragments } from '../glossary/mining/coverage';
import { generalFrequency } from '../glossary/mining/general-frequency';
import { MINING_DIR, readManifest, type Doc } from '../glossary/mining/manifest';
import { recurringGrams } from '../glossary/mining/ngrams';
import { isHanUnit, quotedPhrases } from '../glossary/mining/patterns';
import { rankPhrases } from '../glossary/mining/rank';
import { compactTsv, fullTsv, printedLine, type Ranked } from '../glossary/mining/report';
import { spreadOf } from '../glossary/mining/spread';
import { formsOf } from '../utils/glossary';
import { createFoldTable, foldText, foldUnit } from '../utils/fold';
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

const docs: Doc[] = [];
const missing: string[] = [];
for (const entry of readManifest()) {
  const corpus = loadCorpus(entry);
  if ('missing' in corpus) missing.push(corpus.missing);
  else docs.push(...corpus);
}
if (missing.length > 0) {
  console.error(`npm run mine needs the mirrors the manifest names:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
step(`corpus: ${docs.length} texts`);

const table = createFoldTable(readFoldPairs());
const fold = (text: string) => foldText(table, text);
// One buffer for the whole corpus: folded Han characters, 0 for anything else and between texts.
const units = new Uint16Array(docs.reduce((n, doc) => n + doc.text.length + 1, 0));
const quoted = new Map<string, number>();
let at = 0;
for (const doc of docs) {
  for (let i = 0; i < doc.text.length; i++, at++) {
    const unit = foldUnit(table, doc.text.charCodeAt(i));
    units[at] = isHanUnit(unit) ? unit : 0;
  }
  at++;
  quotedPhrases(fold(doc.text), quoted);
}
step(`folded ${units.length} characters`);

const grams = recurringGrams(units, { minLength: 2, maxLength: 12, minCount: Number(args['min-count']) });
step(`${grams.length} recurring n-grams`);

const phrases = grams.map((g) => ({ ...g, term: String.fromCharCode(...units.subarray(g.start, g.start + g.length)) }));
const general = generalFrequency(Buffer.from(dict).toString('utf8'), fold);
const candidates = rankPhrases(phrases, quoted, general, units.length).slice(0, Number(args.keep));
step(`${candidates.length} candidates ranked`);

const glossary = loadGlossary();
const fragments = formFragments([...glossary.entries.values()].flatMap((e) => formsOf(e).map((f) => [e.id, fold(f)] as [string, string])));
const spreads = spreadOf(candidates.map((c) => c.term), docs, fold);
const ranked: Ranked[] = candidates.map((candidate, i) => ({
  candidate,
  status: coverageOf(candidate.term, glossary.termsIn(candidate.term).occurrences, fragments),
  spread: spreads[i]!,
}));
step('coverage and spread');

const uncovered = ranked.filter((r) => r.status === 'NEW' || r.status.startsWith('extends'));
writeFileSync(path.join(CORPUS_DIR, 'candidates.tsv'), fullTsv(ranked));
writeFileSync(path.join(MINING_DIR, 'candidates.tsv'), compactTsv(uncovered.slice(0, COMMITTED)));
const shown = (args['only-new'] ? ranked.filter((r) => r.status === 'NEW') : ranked).slice(0, Number(args.top));
console.log(shown.map((r) => printedLine(r, ranked.indexOf(r) + 1)).join('\n'));
const covered = ranked.filter((r) => r.status.startsWith('covered')).length;
console.log(
  `\n${ranked.length} candidates: ${covered} covered, ${uncovered.length} uncovered` +
    ` (${ranked.filter((r) => r.status === 'NEW').length} NEW). Whole list: ${path.relative(process.cwd(), path.join(CORPUS_DIR, 'candidates.tsv'))};` +
    ` top ${Math.min(COMMITTED, uncovered.length)} uncovered: ${path.relative(process.cwd(), path.join(MINING_DIR, 'candidates.tsv'))}`,
);
step('done');
