/** Shared by the text tools (scan, explain): the glossary compiled from its YAML, and the terms in a text. */
import { buildGlossary } from '../glossary/build';
import { foldText } from '../utils/engine/fold';
import { createTermIndex, loadMatchData, type GlossaryEntry, type Script } from '../utils/engine/glossary';
import { scriptOf } from '../utils/engine/script';

export interface Occurrence {
  start: number;
  end: number;
  text: string;
  id: string;
}

let loaded: ReturnType<typeof compileGlossary> | undefined;

/** The glossary, compiled once per process (a test calls the tools many times in one). */
export const loadGlossary = () => (loaded ??= compileGlossary());

function compileGlossary() {
  const glossary = buildGlossary();
  const index = createTermIndex(loadMatchData(glossary.match));
  const entries = new Map<string, GlossaryEntry>(glossary.entries.map((entry) => [entry.id, entry]));
  return {
    entries,
    /** `text` folded as the matcher folds it (Traditional → Simplified, full width → ASCII, case). */
    fold: (text: string) => foldText(index.fold, text),
    /** Every glossary term in `text`, with UTF-16 offsets, and the script the text is written in. */
    termsIn(text: string): { occurrences: Occurrence[]; script: Script } {
      const occurrences = index.matcher.findAll(text).map((m) => ({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        id: index.terms[m.entry]!.id,
      }));
      return { occurrences, script: scriptOf(index.scripts, text) ?? 'hans' };
    },
  };
}

/** Occurrences grouped by entry, in order of first appearance. */
export function countByEntry(occurrences: Occurrence[]): [id: string, count: number][] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
  return [...counts];
}
