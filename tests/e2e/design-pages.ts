/** Pages for the popup and options design tests (tests/e2e/design.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GlossaryEntry, MatchData } from '../../utils/engine/glossary';
import { ROOT } from './paths';

/** A Simplified page with `count` distinct bundled terms, one a paragraph, from the built glossary. */
function termsPage(count: number): string {
  const generated = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'glossary/.generated', file), 'utf8')) as unknown;
  // Terms with a context guard are left out: their neighbours decide whether they match.
  const guarded = new Set((generated('match.json') as MatchData).terms.filter((t) => t.unlessPrecededBy || t.unlessFollowedBy).map((t) => t.id));
  const entries = (generated('entries.json') as GlossaryEntry[]).filter((e) => !guarded.has(e.id) && e.hans.length >= 4);
  // Every few entries, so the categories vary as on a real page.
  const chosen = entries.filter((_, i) => i % Math.floor(entries.length / count) === 0).slice(0, count);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>八十个术语</title></head>
<body>${chosen.map((e) => `<p>${e.hans}</p>`).join('\n')}</body></html>`;
}

export const DESIGN_PAGES: Record<string, () => string> = {
  '/eighty-terms.html': () => termsPage(80),
};
