/**
 * Scoring of the glossary's marks against hand labels, pure: no files, no glossary. Strings are
 * compared through `fold` (the matcher's own), so a label and a mark in the other script, or with
 * 台/臺, still meet.
 */
export interface LabelledDoc {
  id: string;
  region: string;
  formulations: readonly string[];
  notFormulations: readonly string[];
}

/** A document's labels and the texts the matcher marked in it. */
export interface ScoredInput {
  doc: LabelledDoc;
  marks: readonly string[];
}

export interface RegionScore {
  region: string;
  documents: number;
  labels: number;
  found: number;
  /** Distinct marks per document, summed. */
  marks: number;
  judgedFormulation: number;
  judgedNot: number;
  /** Label → ids of the documents where no mark equals or covers it. */
  missing: Map<string, string[]>;
  /** Mark → ids of the documents where it is neither labelled nor judged. */
  unjudged: Map<string, string[]>;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
export const recall = (s: RegionScore) => ratio(s.found, s.labels);
export const precision = (s: RegionScore) => ratio(s.judgedFormulation, s.judgedFormulation + s.judgedNot);

function add(map: Map<string, string[]>, key: string, id: string) {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

/**
 * A label is found when a mark equals it or covers it (a longer term containing it). A mark is a
 * formulation when it equals or covers a label, not one when listed in not_formulations; any
 * other mark is left unjudged and does not count in precision.
 */
export function score(inputs: readonly ScoredInput[], fold: (text: string) => string): RegionScore[] {
  const regions = new Map<string, RegionScore>();
  for (const { doc, marks } of inputs) {
    let s = regions.get(doc.region);
    if (!s) {
      s = { region: doc.region, documents: 0, labels: 0, found: 0, marks: 0, judgedFormulation: 0, judgedNot: 0, missing: new Map(), unjudged: new Map() };
      regions.set(doc.region, s);
    }
    s.documents++;
    const folded = new Map<string, string>();
    for (const mark of marks) folded.set(fold(mark), mark);
    const keys = [...folded.keys()];
    const labels = new Map<string, string>();
    for (const label of doc.formulations) labels.set(fold(label), label);
    const nots = new Set(doc.notFormulations.map(fold));

    for (const [key, label] of labels) {
      s.labels++;
      if (keys.some((mark) => mark.includes(key))) s.found++;
      else add(s.missing, label, doc.id);
    }
    for (const [key, mark] of folded) {
      s.marks++;
      if ([...labels.keys()].some((label) => key.includes(label))) s.judgedFormulation++;
      else if (nots.has(key)) s.judgedNot++;
      else add(s.unjudged, mark, doc.id);
    }
  }
  return [...regions.values()];
}
