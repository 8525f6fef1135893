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
import type { CompiledGlossary } from '../utils/glossary';

const readingsOnly = process.argv.includes('--readings');

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
const readings = readingProblems(located, createDerivers().pinyin, await loadCedict());
problems.push(...readings);

if (glossary) {
  const members = membersWithoutEntry(glossary);
  console.log(`Members of numbered slogans that no entry matches (${members.length}; a report, not an error):`);
  for (const { id, member } of members) console.log(`  ${member}\t(in "${id}")`);
  const counts = new Map<string, number>();
  for (const entry of glossary.entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  for (const [category, count] of [...counts].sort()) console.log(`${category.padEnd(14)} ${count}`);
  console.log(`${'total'.padEnd(14)} ${glossary.entries.length}`);
}
if (problems.length > 0) {
  console.error(`The glossary has ${problems.length} problem(s)${readingsOnly ? ' of reading' : ''}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (readingsOnly) console.log(`Every reading of ${located.length} entries agrees with CC-CEDICT or says why not.`);
