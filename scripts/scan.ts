/**
 * npm run scan -- [--json] FILE...
 *
 * Runs the matching engine over UTF-8 text files with the glossary compiled from glossary/entries.
 * Without --json: per file, the terms found with counts and English renderings. With --json: one
 * JSON array of {file, start, end, text, id}, offsets in UTF-16 units of the file's text. Other
 * tools rely on that shape: keep it stable.
 */
import { readFileSync } from 'node:fs';
import { buildGlossary } from '../glossary/build';
import { createTermIndex, detectScript, type GlossaryEntry } from '../utils/glossary';

interface Found {
  file: string;
  start: number;
  end: number;
  text: string;
  id: string;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
  console.error('usage: npm run scan -- [--json] FILE...');
  process.exit(2);
}

const glossary = buildGlossary();
const index = createTermIndex(glossary.match);
const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]));
const found: Found[] = [];
let failed = false;

for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`scan: cannot read ${file}: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const matches = index.matcher.findAll(text).map((m) => ({
    file,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    id: index.terms[m.entry]!.id,
  }));
  found.push(...matches);
  if (!json) printSummary(file, matches, detectScript(index.fold, text) === 'hant');
}

// One match per line: still one JSON array, and diffable.
if (json) process.stdout.write(`[\n${found.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`);
process.exit(failed ? 1 : 0);

function printSummary(file: string, matches: Found[], traditional: boolean) {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  console.log(`${file}: ${matches.length} term${matches.length === 1 ? '' : 's'}, ${counts.size} distinct`);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [id, count] of rows) {
    const entry = entries.get(id) as GlossaryEntry;
    const term = traditional ? entry.hant : entry.hans;
    console.log(`  ${String(count).padStart(4)}×  ${term}  ${entry.en}`);
  }
}
