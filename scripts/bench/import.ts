/**
 * A large import of the personal glossary (9,500 own terms, 5 MB of JSON): reading and checking the
 * file, the preview and the applied result, against the floor of JSON.parse of the same text (a
 * file must at least be parsed). In Node, as the options page runs the same pure code in slices.
 */
import { importSteps, parseImport } from '../../utils/personal/formats';
import { applyImport, previewImport } from '../../utils/personal/merge';
import { EMPTY_PERSONAL } from '../../utils/personal/schema';
import { medians, round } from './timing';
import { bigExportText } from '../../tests/fixtures/big-export';

export interface ImportResult {
  terms: number;
  fileMb: number;
  parseMs: number;
  importMs: number;
  /** Reading and checking the file, the preview and the result, per JSON.parse of it. */
  vsJsonParse: number;
  /** The steps the options page yields between (one per record). */
  steps: number;
}

export function benchImport(terms = 9_500): ImportResult {
  const text = bigExportText(terms, 'own-bench');
  const whole = () => {
    const result = parseImport(text, 'bench.json');
    if (!result.ok) throw new Error(result.error);
    return applyImport(EMPTY_PERSONAL, previewImport(EMPTY_PERSONAL, result.glossary), new Map());
  };
  const times = medians({ parse: () => JSON.parse(text), whole }, 7);
  let steps = 0;
  const counted = importSteps(text, 'bench.json');
  while (!counted.next().done) steps++;
  return {
    terms,
    fileMb: round(Buffer.byteLength(text) / 1048576, 1),
    parseMs: round(times.parse!, 1),
    importMs: round(times.whole!, 1),
    vsJsonParse: round(times.whole! / times.parse!, 1),
    steps,
  };
}
