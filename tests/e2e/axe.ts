/** axe-core in a page: the accessibility violations it finds, as "rule (nodes)" strings. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const axeSource = () => readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/**
 * Runs axe over `include` (CSS selectors; the whole document when left out). Evaluated, not added
 * as a script tag: an extension page's CSP refuses inline scripts, the DevTools protocol is exempt.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(axeSource());
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<Result> } }).axe;
    const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }, include);
}
