/**
 * npm run glossary:check — every problem of glossary/entries at once, each named by file, entry
 * and field: the compile's (schema, forms, related ids, source hosts) and the readings that
 * disagree with CC-CEDICT; then, as a report, numbered-slogan members no entry matches. Prints
 * the entry count per category when the glossary is clean; exits 1 when it is not.
 *
 * npm run glossary:readings (--readings) — only the readings that disagree with CC-CEDICT.
 */
import { buildGlossary, createDerivers, readSourceFiles } from '../glossary/build';
import { loadCedict } from '../glossary/cedict';
import { GlossaryError, parseSourceFiles } from '../glossary/compile';
import { membersWithoutEntry } from '../glossary/members';
import { readingProblems } from '../glossary/readings';
import type { CompiledGlossary } from '../utils/engine/glossary';
import { runWhenCalled, type Output } from './cli';

export async function main(args: string[], out: Output, err: Output): Promise<number> {
  const readingsOnly = args.includes('--readings');
  let glossary: CompiledGlossary | undefined;
  const problems: string[] = [];
  if (!readingsOnly) {
    try {
      glossary = buildGlossary();
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(...error.problems);
    }
  }
  // Entries that fail the schema are reported above; their readings are checked once they pass it.
  const { located } = parseSourceFiles(readSourceFiles());
  problems.push(...readingProblems(located, createDerivers().pinyin, await loadCedict()));

  const lines: string[] = [];
  if (glossary) {
    const members = membersWithoutEntry(glossary);
    lines.push(`Members of numbered slogans that no entry matches (${members.length}; a report, not an error):`);
    for (const { id, member } of members) lines.push(`  ${member}\t(in "${id}")`);
    const counts = new Map<string, number>();
    for (const entry of glossary.entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
    for (const [category, count] of [...counts].sort()) lines.push(`${category.padEnd(14)} ${count}`);
    lines.push(`${'total'.padEnd(14)} ${glossary.entries.length}`);
  }
  if (readingsOnly && problems.length === 0) lines.push(`Every reading of ${located.length} entries agrees with CC-CEDICT or says why not.`);
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  if (problems.length === 0) return 0;
  err.write(`The glossary has ${problems.length} problem(s)${readingsOnly ? ' of reading' : ''}:\n  ${problems.join('\n  ')}\n`);
  return 1;
}

runWhenCalled(import.meta.url, main);
