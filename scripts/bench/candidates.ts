/**
 * The candidate formulations, reported apart: Tifa's script time for finding and marking them (the
 * content script's own `tifa:candidates` mark, present only in the `--mode bench` build) after the
 * page is marked, against the time marking the page took in the same load, and on the 5 MB page
 * the longest task while they are found (they run in idle slices: none should be long).
 */
import type { Page } from 'playwright-core';
import type { PageServer } from '../../tests/e2e/pages';
import { launchBenchBrowser, longestTask } from './browser';
import { round } from './timing';

export interface CandidatesResult {
  /** Median of nine loads of the test article: script time for the candidates, ms. */
  scriptMs: number;
  /** The same, as a share of the script time that marked the page's terms in that load. */
  vsMarking: number;
  /** Candidates marked on the test article. */
  found: number;
  /** 5 MB page: script time, ms, and the longest task between the page read and the candidates marked. */
  hugeScriptMs: number;
  hugeLongestTaskMs: number;
}

const detail = (page: Page, name: string) =>
  page.evaluate((n) => {
    const entry = performance.getEntriesByName(n)[0] as PerformanceMark | undefined;
    return { at: entry?.startTime ?? NaN, scriptMs: (entry?.detail as { scriptMs?: number } | undefined)?.scriptMs ?? NaN };
  }, `tifa:${name}`);

async function load(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('tifa:candidates').length > 0, undefined, { timeout: 120_000, polling: 100 });
  return { scanned: await detail(page, 'scanned'), candidates: await detail(page, 'candidates') };
}

export async function benchCandidates(executablePath: string, extension: string, server: PageServer): Promise<CandidatesResult> {
  const browser = await launchBenchBrowser(executablePath, extension);
  try {
    const page = await browser.context.newPage();
    const runs: { scriptMs: number; vsMarking: number }[] = [];
    for (let i = 0; i < 9; i++) {
      const { scanned, candidates } = await load(page, server.url('/article.html'));
      runs.push({ scriptMs: candidates.scriptMs, vsMarking: candidates.scriptMs / scanned.scriptMs });
    }
    runs.sort((a, b) => a.scriptMs - b.scriptMs);
    const found = await page.evaluate(() => CSS.highlights.get('tifa-candidate')?.size ?? 0);
    const huge = await load(page, server.url('/huge.html'));
    return {
      scriptMs: round(runs[4]!.scriptMs, 1),
      vsMarking: round(runs[4]!.vsMarking, 2),
      found,
      hugeScriptMs: round(huge.candidates.scriptMs, 1),
      hugeLongestTaskMs: round(await longestTask(page, huge.scanned.at, huge.candidates.at), 1),
    };
  } finally {
    await browser.close();
  }
}
