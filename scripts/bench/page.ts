/**
 * The extension on real pages in Chromium: the seed article and a generated 5 MB news page. Reads
 * the content script's own timeline marks (present only in the `--mode bench` build), long tasks
 * seen by a PerformanceObserver registered before the page loads, and the JS heap after garbage
 * collection, compared with the same page in the same browser build without the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { PageServer } from '../../tests/e2e/pages';
import { round } from './timing';

export interface PageResult {
  page: string;
  terms: number;
  /** Content-script start to reading the page: settings read from storage, language checked. */
  startupMs: number;
  /** Reading the page to its first highlight, ms. */
  firstHighlightMs: number;
  /** Reading the page to all of it read, ms (wall time: slices wait for idle time in between). */
  scanMs: number;
  /** The longest main-thread task while the page loaded and was read, ms (0: none over 50 ms). */
  longestTaskMs: number;
  /** JS heap with the extension minus without it, after garbage collection, MB. */
  heapGrowthMb: number;
}

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longest: number };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function launch(executablePath: string, extension?: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tifa-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, `tifa:${name}`);

export async function benchPages(executablePath: string, extension: string, server: PageServer): Promise<PageResult[]> {
  const withTifa = await launch(executablePath, extension);
  const without = await launch(executablePath);
  const results: PageResult[] = [];
  try {
    for (const [name, url] of [
      ['seed article', '/seed.html'],
      ['5 MB news page', '/huge.html'],
    ] as const) {
      const page = await withTifa.context.newPage();
      await page.goto(server.url(url), { timeout: 120_000 });
      await page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0, undefined, {
        timeout: 120_000,
        polling: 100,
      });
      const start = await markTime(page, 'start');
      const reading = await markTime(page, 'reading');
      const plain = await without.context.newPage();
      await plain.goto(server.url(url), { timeout: 120_000 });
      results.push({
        page: name,
        terms: await page.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0),
        startupMs: round(reading - start, 1),
        firstHighlightMs: round((await markTime(page, 'first-highlight')) - reading, 1),
        scanMs: round((await markTime(page, 'scanned')) - reading, 1),
        longestTaskMs: round(await page.evaluate(() => (window as unknown as { __longest: number }).__longest), 1),
        heapGrowthMb: round((await heapMb(page)) - (await heapMb(plain)), 1),
      });
      await page.close();
      await plain.close();
    }
  } finally {
    await withTifa.close();
    await without.close();
  }
  return results;
}
