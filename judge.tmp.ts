// Lead's tool (not committed): per document, the marks judged wrong and the marks not yet judged.
import { loadLabels, citizenNewsId } from './glossary/holdout/labels';
import { readDocumentText } from './glossary/holdout/texts';
import { loadGlossary } from './scripts/text-terms';
import { isOwnHeldOut } from './glossary/mining/held-out';
const g = loadGlossary();
const out: Record<string, { wrong: string[]; unjudged: string[] }> = {};
for (const doc of loadLabels()) {
  if (!isOwnHeldOut(doc.source, doc.date, citizenNewsId(doc))) continue;
  const read = readDocumentText(doc); if ('absent' in read) continue;
  const marks = [...new Set(g.termsIn(read.text).occurrences.map((o) => o.text.replace(/\s+/g, '')))];
  const f = g.fold;
  const labels = doc.formulations.map(f); const nots = (doc.not_formulations ?? []).map(f);
  const wrong = marks.filter((m) => nots.includes(f(m)));
  const unjudged = marks.filter((m) => !nots.includes(f(m)) && !labels.some((l) => f(m) === l || f(m).includes(l)));
  out[doc.id] = { wrong, unjudged };
}
console.log(JSON.stringify(out, null, 1));
