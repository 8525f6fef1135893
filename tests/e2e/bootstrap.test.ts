/**
 * The split between the bootstrap (the content script in every frame) and the reader (injected by
 * the background into a frame worth reading): an English page never gets the reader, a Chinese
 * page does, into the frame that asked, and a single-page app that turns Chinese after the
 * bootstrap's first watch ended gets it then. The background's `scripting.executeScript` calls are
 * recorded in its service worker.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import { highlightedWhen, useExtension, waitForHighlights } from './harness';

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

/** The reader injections into `tabId`, as [frameIds, files]. */
const readerInjections = (tabId: number) =>
  worker.evaluate(
    (tabId) =>
      (globalThis as unknown as { injections: Injection[] }).injections
        .filter((d) => d.target.tabId === tabId && d.files?.includes('/reader.js'))
        .map((d) => d.target.frameIds ?? []),
    tabId,
  );

it('gives an English page the bootstrap only, and a Chinese page the reader, into the frame that asked', async () => {
  const english = await harness.open('/english.html');
  const popup = await harness.openPopupFor(english);
  // The bootstrap answered the popup: it has run, and decided.
  await expect.poll(() => popup.locator('.status').textContent()).toBe('No Chinese text on this page.');
  await popup.close();
  expect(await readerInjections(await ext.tabOf(english))).toEqual([]);
  expect(await english.evaluate(() => CSS.highlights.has('tifa-term'))).toBe(false);

  const article = await harness.open('/article.html');
  await waitForHighlights(article);
  expect(await readerInjections(await ext.tabOf(article))).toEqual([[0]]);

  const framed = await harness.open('/frame.html');
  const inner = framed.frame({ url: /frame-inner/ })!;
  await waitForHighlights(inner);
  const frames = await readerInjections(await ext.tabOf(framed));
  expect(frames).toHaveLength(2); // the page and its frame, each once
  expect(frames).toContainEqual([0]);
  await Promise.all([english.close(), article.close(), framed.close()]);
});

it('reads a single-page app that turns Chinese after the first watch ended', { timeout: 40_000 }, async () => {
  const page = await harness.open('/english-app.html');
  await page.waitForTimeout(11_000); // the bootstrap's watch for late Chinese text lasts 10 s
  expect(await readerInjections(await ext.tabOf(page))).toEqual([]);
  await page.evaluate(() => (window as unknown as { route(): void }).route());
  await highlightedWhen(page, (terms) => terms.includes('新質生產力'));
  await page.close();
});
