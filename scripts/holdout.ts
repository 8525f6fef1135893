/**
 * npm run holdout
 *
 * Recall and precision of the glossary on the hand-labelled sample of our own held-out split
 * (glossary/holdout/labels.yaml), with the same engine as `npm run scan`. Per region: labelled
 * formulations found, the share of judged marks that are formulations, the marks not yet judged
 * (to judge: add them to formulations or not_formulations) and the labels the glossary misses.
 * A text that cannot be read here (no mirror, not saved) is reported and skipped.
 */
import { isOwnHeldOut } from '../glossary/mining/held-out';
import { citizenNewsId, LABELS_FILE, loadLabels } from '../glossary/holdout/labels';
import { precision, recall, score, type RegionScore, type ScoredInput } from '../glossary/holdout/score';
import { readDocumentText } from '../glossary/holdout/texts';
import { loadGlossary } from './text-terms';

const documents = loadLabels();
const glossary = loadGlossary();
const inputs: ScoredInput[] = [];
let skipped = 0;

for (const doc of documents) {
  // Only texts of our own split may be opened; the project's evaluation set never is.
  if (!isOwnHeldOut(doc.source, doc.date, citizenNewsId(doc))) {
    console.error(`refused: ${doc.id} is not of our own held-out split`);
    skipped++;
    continue;
  }
  const read = readDocumentText(doc);
  if ('absent' in read) {
    console.log(`absent: ${doc.id}: ${read.absent}; skipped`);
    skipped++;
    continue;
  }
  const marks = glossary.termsIn(read.text).occurrences.map((o) => o.text);
  inputs.push({ doc: { id: doc.id, region: doc.region, formulations: doc.formulations, notFormulations: doc.not_formulations }, marks });
}

const percent = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);
const listed = (map: Map<string, string[]>) =>
  [...map].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([term, ids]) => (ids.length > 1 ? `${term} ×${ids.length}` : term));

function report(s: RegionScore) {
  console.log(`\n${s.region}: ${s.documents} documents`);
  console.log(`  recall    ${percent(recall(s))} (${s.found}/${s.labels} labelled formulations found)`);
  console.log(`  precision ${percent(precision(s))} (${s.judgedFormulation}/${s.judgedFormulation + s.judgedNot} judged marks are formulations); ${s.marks} marks, ${s.unjudged.size} distinct not yet judged`);
  if (s.unjudged.size > 0) console.log(`  not yet judged (${s.unjudged.size}): ${listed(s.unjudged).join(' · ')}`);
  if (s.missing.size > 0) console.log(`  missing (${s.missing.size}): ${listed(s.missing).join(' · ')}`);
}

console.log(`${LABELS_FILE}: ${documents.length} documents, ${inputs.length} scored${skipped ? `, ${skipped} skipped` : ''}`);
const order = ['mainland', 'hong-kong', 'taiwan'];
for (const s of score(inputs, glossary.fold).sort((a, b) => order.indexOf(a.region) - order.indexOf(b.region))) report(s);
