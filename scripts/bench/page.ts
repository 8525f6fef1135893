/**
 * The extension on real pages in Chromium: the test article and a generated 5 MB news page. Reads
 * the content script's own timeline marks (present only in the `--mode bench` build), long tasks
 * seen by a PerformanceObserver registered before the page loads, and the JS heap after garbage
 * collection, compared with the same page in the same browser build without the extension.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageServer } from '../../tests/e2e/pages';
import { launchBenchBrowser, longestTask } from './browser';
import { round } from './timing';

export interface PageResult {
  page: string;
  terms: number;
  /** Content-script start to reading the page: settings read from storage, language checked. */
  startupMs: number;
  /** Reading the page to its first highlight, ms. */
  firstHighlightMs: number;
  /** Reading the page to all of it read, ms (wall time: slices yield to the page in between). */
  scanMs: number;
  /** Tifa's own script time until the page was read: index build and every slice, ms. */
  scriptMs: number;
  /** For a page loaded several times: the fastest and slowest load's script time (the machine's noise). */
  scriptMsRange?: [number, number];
  /** The longest main-thread task from Tifa's start until the page was read, ms (0: none over 50 ms). */
  longestTaskMs: number;
  /** The same page without the extension, over the same stretch of time after load: the page's own. */
  baselineLongestTaskMs: number;
  /** JS heap with the extension minus without it, after garbage collection, MB. */
  heapGrowthMb: number;
  /**
   * The page's own script rewriting its text (every text node written once), with Tifa's terms
   * marked, as a ratio to the same on the page without Tifa: what the marking costs the page's
   * own updates (1: nothing).
   */
  pageWritesVsWithout: number;
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
const markScriptMs = (page: Page, name: string) =>
  page.evaluate((n) => (performance.getEntriesByName(n)[0] as PerformanceMark | undefined)?.detail?.scriptMs ?? NaN, `tifa:${name}`);

/** The page's own script writing each of its text nodes once (as a page updating itself would), ms. */
const pageWritesMs = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const start = performance.now();
    for (const node of nodes) node.data = node.data.slice(0, -1) + node.data.slice(-1);
    return performance.now() - start;
  });

/** One load of `url` with Tifa, and the same page without it. */
async function measure(name: string, url: string, withTifa: BrowserContext, without: BrowserContext): Promise<PageResult> {
  const page = await withTifa.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const start = await markTime(page, 'start');
  const reading = await markTime(page, 'reading');
  const scanned = await markTime(page, 'scanned');
  const plain = await without.newPage();
  await plain.goto(url, { timeout: 120_000 });
  // Without Tifa: the same stretch after the load event as Tifa's run took after its own.
  const loaded = (p: Page) => p.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
  const plainFrom = (await loaded(plain)) + (start - (await loaded(page)));
  await plain.waitForTimeout(scanned - start + 200);
  const result: PageResult = {
    page: name,
    terms: await page.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0),
    startupMs: round(reading - start, 1),
    firstHighlightMs: round((await markTime(page, 'first-highlight')) - reading, 1),
    scanMs: round(scanned - reading, 1),
    scriptMs: round(await markScriptMs(page, 'scanned'), 1),
    longestTaskMs: round(await longestTask(page, start, scanned), 1),
    baselineLongestTaskMs: round(await longestTask(plain, plainFrom, plainFrom + scanned - start), 1),
    heapGrowthMb: round((await heapMb(page)) - (await heapMb(plain)), 1),
    pageWritesVsWithout: round((await pageWritesMs(page)) / (await pageWritesMs(plain)), 2),
  };
  await page.close();
  await plain.close();
  return result;
}

/**
 * The test article is loaded nine times and the median load (by script time) reported: the first
 * load after the browser starts also pays for compiling the content script, later ones use V8's
 * code cache, as a reader's browser does all day. The 5 MB page is loaded once.
 */
export async function benchPages(executablePath: string, extension: string, server: PageServer): Promise<PageResult[]> {
  const withTifa = await launchBenchBrowser(executablePath, extension);
  const without = await launchBenchBrowser(executablePath);
  try {
    const articleRuns: PageResult[] = [];
    for (let i = 0; i < 9; i++) {
      articleRuns.push(await measure('test article', server.url('/article.html'), withTifa.context, without.context));
    }
    articleRuns.sort((a, b) => a.scriptMs - b.scriptMs);
    const article = { ...articleRuns[4]!, scriptMsRange: [articleRuns[0]!.scriptMs, articleRuns[8]!.scriptMs] as [number, number] };
    const huge = await measure('5 MB news page', server.url('/huge.html'), withTifa.context, without.context);
    return [article, huge];
  } finally {
    await withTifa.close();
    await without.close();
  }
}
