/**
 * npm run explain -- FILE
 *
 * Prints a Markdown glossary of the jargon in a UTF-8 text, in order of first appearance with
 * counts, written in the text's script, ready to paste under an article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runWhenCalled, type Output } from './cli';
import { countByEntry, loadGlossary } from './text-terms';

export function main(args: string[], out: Output, err: Output): number {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    err.write('usage: npm run explain -- FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err.write(`explain: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  const glossary = loadGlossary();
  const { occurrences, script } = glossary.termsIn(text);
  const rows = countByEntry(occurrences);
  const lines = [`## Glossary: ${path.basename(file)}`, ''];
  if (rows.length === 0) lines.push('No policy formulations from the glossary appear in this text.');
  for (const [id, count] of rows) {
    const entry = glossary.entries.get(id)!;
    const times = count === 1 ? '' : ` (×${count})`;
    lines.push(`- **${entry[script]}** *${entry.pinyin}* — ${entry.en}${times}. ${entry.meaning}`);
  }
  lines.push('', `*${rows.length} terms explained by Tifa (提法); renderings marked official follow official English usage.*`);
  out.write(`${lines.join('\n')}\n`);
  return 0;
}

runWhenCalled(import.meta.url, main);
