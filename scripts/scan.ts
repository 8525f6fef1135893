/**
 * npm run scan -- [--json] FILE...
 *
 * Runs the matching engine over UTF-8 text files with the glossary compiled from glossary/entries.
 * Without --json: per file, the terms found with counts and English renderings. With --json: one
 * JSON array of {file, start, end, text, id}, offsets in UTF-16 units of the file's text. Other
 * tools rely on that shape: keep it stable.
 */
import { readFileSync } from 'node:fs';
import { runWhenCalled, type Output } from './cli';
import { countByEntry, loadGlossary, type Occurrence } from './text-terms';

export function main(args: string[], out: Output, err: Output): number {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    err.write('usage: npm run scan -- [--json] FILE...\n');
    return 2;
  }

  const glossary = loadGlossary();
  const found: (Occurrence & { file: string })[] = [];
  let failed = false;

  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      err.write(`scan: cannot read ${file}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const { occurrences, script } = glossary.termsIn(text);
    found.push(...occurrences.map(({ start, end, text, id }) => ({ file, start, end, text, id })));
    if (json) continue;
    const rows = countByEntry(occurrences).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const lines = [`${file}: ${occurrences.length} term${occurrences.length === 1 ? '' : 's'}, ${rows.length} distinct`];
    for (const [id, count] of rows) {
      const entry = glossary.entries.get(id)!;
      lines.push(`  ${String(count).padStart(4)}×  ${entry[script]}  ${entry.en}`);
    }
    out.write(`${lines.join('\n')}\n`);
  }

  // One match per line: still one JSON array, and diffable.
  if (json) out.write(`[\n${found.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`);
  return failed ? 1 : 0;
}

runWhenCalled(import.meta.url, main);
