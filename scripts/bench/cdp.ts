/**
 * What the benchmarks read from Chromium through the DevTools protocol, the same way for Tifa and
 * for each floor: the page's whole script time and the JS heap after garbage collection.
 *
 * Script time is read from a trace of the page's main thread: the time inside any script event
 * (evaluation and compile, callbacks, timers, idle callbacks, microtasks, garbage collection),
 * overlaps counted once, page scripts and content scripts alike, from the page's opening. Not
 * `Performance.getMetrics`' ScriptDuration: it counts the scripts and callbacks Blink runs, not
 * the promise continuations V8 runs at a microtask checkpoint, so work after an `await` went
 * uncounted (the page floor's walk of the 5 MB page after `await fetch()`: 1.5 ms against 58 ms),
 * and so did much of Tifa's, which waits on the extension's APIs (the test article: 18-21 ms of
 * microtasks a load, in loads whose ScriptDuration read 9-15 ms in all). Tracing costs some time
 * of its own, on both sides of every ratio alike.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface MeteredPage {
  page: Page;
  /** Script time on the page's main thread since it was opened, ms (ends the trace). */
  scriptMs(): Promise<number>;
  /** JS heap in use after a full garbage collection, MB. */
  heapMb(): Promise<number>;
  close(): Promise<void>;
}

/** The trace events that are script running on a thread: DevTools' "Scripting", and GC. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'MinorGC',
  'MajorGC',
]);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string } };
}

/**
 * Time inside script events on the main thread of the renderer that ran `frame` (the one with most
 * of its events: a navigation may move a page to another process), ms.
 */
export function scriptTimeOf(events: readonly TraceEvent[], frame: string): number {
  const perProcess = new Map<number, number>();
  for (const e of events) if (e.args?.data?.frame === frame) perProcess.set(e.pid, (perProcess.get(e.pid) ?? 0) + 1);
  const pid = [...perProcess].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/** A new page with the trace on before anything loads into it. */
export async function meteredPage(context: BrowserContext): Promise<MeteredPage> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => events.push(...(payload.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' } as never);
  return {
    page,
    async scriptMs() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      return scriptTimeOf(events, frameTree.frame.id);
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
