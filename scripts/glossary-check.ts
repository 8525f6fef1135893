/**
 * npm run glossary:check — compiles the glossary and prints every problem (file, entry, field), or
 * the entry count per category when it is clean. For people editing glossary/entries.
 */
import { buildGlossary } from '../glossary/build';
import { GlossaryError } from '../glossary/compile';
import { runWhenCalled, type Output } from './cli';

export function main(_args: string[], out: Output, err: Output): number {
  try {
    const { entries } = buildGlossary();
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
    const lines = [...counts].sort().map(([category, count]) => `${category.padEnd(14)} ${count}`);
    lines.push(`${'total'.padEnd(14)} ${entries.length}`);
    out.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    err.write(`${error.message}\n`);
    return 1;
  }
}

runWhenCalled(import.meta.url, main);
