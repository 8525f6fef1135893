/**
 * npm run glossary:check — compiles the glossary and prints every problem (file, entry, field), or
 * the entry count per category when it is clean. For people editing glossary/entries.
 */
import { buildGlossary } from '../glossary/build';
import { GlossaryError } from '../glossary/compile';

try {
  const { entries } = buildGlossary();
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  for (const [category, count] of [...counts].sort()) console.log(`${category.padEnd(14)} ${count}`);
  console.log(`${'total'.padEnd(14)} ${entries.length}`);
} catch (error) {
  if (!(error instanceof GlossaryError)) throw error;
  console.error(error.message);
  process.exit(1);
}
