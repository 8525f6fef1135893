/** axe-core in a page: the accessibility violations it finds, as "rule (nodes)" strings. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** axe-core itself, to evaluate in the page. */
export const axeSource = () => readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** An expression that runs axe (evaluated already) over `include`, CSS selectors or the whole document, to its violations. */
export const axeRun = (include?: string[]) => `(async (include) => {
  const result = await window.axe.run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] });
  return result.violations.map((v) => v.id + ' (' + v.nodes.length + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ') + ')');
})(${JSON.stringify(include ?? null)})`;

/**
 * Runs axe over `include` (the whole document when left out). Evaluated, not added as a script
 * tag: an extension page's CSP refuses inline scripts, the DevTools protocol is exempt.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(axeSource());
  return (await page.evaluate(axeRun(include))) as string[];
}
