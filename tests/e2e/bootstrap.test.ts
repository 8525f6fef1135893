/**
 * The split between the bootstrap (the content script in every frame), the reader (injected by
 * the background into a frame worth reading) and the popover (injected at the reader's first
 * pointer move): an English page never gets the reader, a Chinese page does, into the frame that
 * asked, and a single-page app that turns Chinese after the bootstrap's first watch ended gets it
 * then; a read page gets the popover when the pointer first moves over it, once, and shows it
 * even after the service worker that injects it has stopped. The background's
 * `scripting.executeScript` calls are recorded in its service worker.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stopServiceWorkers } from './browser';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import { highlightedWhen, hoverTerm, popover, useExtension, waitForHighlights } from './harness';

const harness = useExtension();
let ext: ExtensionPage;
let worker: Worker;
type Injection = { target: { tabId: number; frameIds?: number[] }; files?: string[] };

beforeAll(async () => {
  ext = await openExtensionPage(harness);
  const { context } = harness.browser;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: { scripting: { executeScript(d: Injection): unknown } }; injections: Injection[] };
    const executeScript = g.chrome.scripting.executeScript.bind(g.chrome.scripting);
    g.injections = [];
    g.chrome.scripting.executeScript = (details) => (g.injections.push(details), executeScript(details));
  });
});
afterAll(() => ext.close());

/** The injections of `file` into `tabId`, as their frameIds. */
const injectionsOf = (tabId: number, file = '/reader.js') =>
  worker.evaluate(
    ([tabId, file]) =>
      (globalThis as unknown as { injections: Injection[] }).injections
        .filter((d) => d.target.tabId === tabId && d.files?.includes(file))
        .map((d) => d.target.frameIds ?? []),
    [tabId, file] as const,
  );

it('gives an English page the bootstrap only, and a Chinese page the reader, into the frame that asked', async () => {
  const english = await harness.open('/english.html');
  const popup = await harness.openPopupFor(english);
  // The bootstrap answered the popup: it has run, and decided.
  await expect.poll(() => popup.locator('.status').textContent()).toBe('No Chinese text on this page.');
  await popup.close();
  expect(await injectionsOf(await ext.tabOf(english))).toEqual([]);
  expect(await injectionsOf(await ext.tabOf(english), '/popover.js')).toEqual([]);
  expect(await english.evaluate(() => CSS.highlights.has('tifa-term'))).toBe(false);

  const article = await harness.open('/article.html');
  await waitForHighlights(article);
  expect(await injectionsOf(await ext.tabOf(article))).toEqual([[0]]);

  const framed = await harness.open('/frame.html');
  const inner = framed.frame({ url: /frame-inner/ })!;
  await waitForHighlights(inner);
  const frames = await injectionsOf(await ext.tabOf(framed));
  expect(frames).toHaveLength(2); // the page and its frame, each once
  expect(frames).toContainEqual([0]);
  await Promise.all([english.close(), article.close(), framed.close()]);
});

it('reads a single-page app that turns Chinese after the first watch ended', { timeout: 40_000 }, async () => {
  const page = await harness.open('/english-app.html');
  await page.waitForTimeout(11_000); // the bootstrap's watch for late Chinese text lasts 10 s
  expect(await injectionsOf(await ext.tabOf(page))).toEqual([]);
  await page.evaluate(() => (window as unknown as { route(): void }).route());
  await highlightedWhen(page, (terms) => terms.includes('新質生產力'));
  await page.close();
});

it('loads the popover on the first pointer move over a read page, once, and shows it on hover', async () => {
  const page = await harness.open('/article.html');
  const tabId = await ext.tabOf(page);
  await waitForHighlights(page);
  // Read and marked, candidates included, and nothing of the popover yet.
  await page.waitForTimeout(500);
  expect(await injectionsOf(tabId, '/popover.js')).toEqual([]);

  // The pointer comes onto the page, on no term: the script is loaded, and nothing shown.
  await page.mouse.move(2, 2);
  await page.mouse.move(12, 12, { steps: 2 });
  await expect.poll(() => injectionsOf(tabId, '/popover.js')).toEqual([[0]]);
  await page.waitForTimeout(300);
  expect(await page.locator('tifa-popover').count()).toBe(0);

  await hoverTerm(page, '新質生產力');
  expect(await popover(page).locator('.en').textContent()).toBe('new quality productive forces');
  await page.mouse.move(2, 2);
  await expect.poll(() => popover(page).isVisible()).toBe(false);
  await hoverTerm(page, '新質生產力', 1);
  expect(await injectionsOf(tabId, '/popover.js')).toEqual([[0]]);
  await page.close();
});

it('shows the first popover when the service worker has stopped meanwhile', async () => {
  const page = await harness.open('/article.html');
  await waitForHighlights(page);
  await stopServiceWorkers(page); // as Chrome does after 30 s without events, while the reader reads
  await hoverTerm(page, '新質生產力');
  expect(await popover(page).locator('.en').textContent()).toBe('new quality productive forces');
  await page.close();
});
