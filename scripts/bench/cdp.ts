/**
 * What the benchmarks read from Chromium through the DevTools protocol, the same way for Tifa and
 * for each floor: the page's whole script time (`Performance.getMetrics` ScriptDuration: every
 * compile and evaluation on the page's main thread, page scripts and content scripts alike, from
 * the moment it is enabled) and the JS heap after garbage collection.
 *
 * What ScriptDuration leaves out: it counts the scripts and callbacks Blink runs (tasks, timers,
 * events, an extension API's callback), not the promise continuations V8 runs at a microtask
 * checkpoint, so work after an `await` goes uncounted. The floors run their work in tasks; Tifa's
 * reader and bootstrap wait on the extension's APIs and on fetch, so part of their work is not
 * counted, and their figures here are lower than what the page pays (a trace of the test article
 * shows 20 ms or so of microtasks on the page's main thread).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface MeteredPage {
  page: Page;
  /** Script time on the page's main thread since it was opened, ms. */
  scriptMs(): Promise<number>;
  /** JS heap in use after a full garbage collection, MB. */
  heapMb(): Promise<number>;
  close(): Promise<void>;
}

/** A new page with the metrics on before anything loads into it. */
export async function meteredPage(context: BrowserContext): Promise<MeteredPage> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    page,
    async scriptMs() {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
    },
    async heapMb() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / 2 ** 20;
    },
    async close() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The middle value and the spread (min–max) of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const spread = (values: readonly number[], digits = 1): Spread => {
  const r = (v: number) => Number(v.toFixed(digits));
  return { median: r(median(values)), min: r(Math.min(...values)), max: r(Math.max(...values)) };
};
