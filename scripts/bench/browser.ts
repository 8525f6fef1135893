/**
 * Chromium for the benchmarks: a fresh profile, with or without the bench build of the extension,
 * recording the page's long tasks from before it loads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

type TaskLog = { __tasks: [number, number][]; __taskObserver: PerformanceObserver };

const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as TaskLog;
  w.__tasks = [];
  // No named helpers in here: the function is sent to the page as source text.
  w.__taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push([entry.startTime, entry.duration]);
  });
  w.__taskObserver.observe({ type: 'longtask', buffered: true });
};

/**
 * The longest task that ended after `from` and started before `to` (page time, ms; 0: none).
 * Waits for the frame after `to` to be rendered and takes the entries not yet delivered to the
 * observer: the task that lays out the last change would be missed otherwise.
 */
export const longestTask = (page: Page, from: number, to: number) =>
  page.evaluate(
    async ([from, to]) => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const w = window as unknown as TaskLog;
      for (const entry of w.__taskObserver.takeRecords()) w.__tasks.push([entry.startTime, entry.duration]);
      return Math.max(
        0,
        ...w.__tasks.filter(([start, duration]) => start + duration > from && start < to).map(([, duration]) => duration),
      );
    },
    [from, to] as const,
  );

export async function launchBenchBrowser(
  executablePath: string,
  extension?: string,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
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
