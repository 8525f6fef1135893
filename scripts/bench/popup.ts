/**
 * The popup's render once its data has arrived: from the later of the page's answer (the terms
 * found) and the last of the entries' shards being parsed, to the term list rendered and laid out,
 * on the test article (87 distinct terms), as a ratio to one frame at 60 Hz (16.7 ms). Nothing in
 * the extension is instrumented: the popup page's own APIs are wrapped before it loads.
 */
import type { PageServer } from '../../tests/e2e/pages';
import { unpackedExtensionId } from '../../tests/e2e/browser';
import { launchBenchBrowser } from './browser';
import { round } from './timing';

export interface PopupResult {
  terms: number;
  /** Median over the runs, ms. */
  renderMs: number;
  /** renderMs ÷ 16.7 ms. */
  frames: number;
  runs: number;
}

const FRAME_MS = 1000 / 60;

/** Runs in the popup before its scripts: marks when its data arrives and when the list is painted. */
const WATCH_POPUP = () => {
  const w = window as unknown as { dataAt: number[]; renderedAt?: number };
  w.dataAt = [];
  const tabs = (globalThis as unknown as { chrome: { tabs: { sendMessage(...args: unknown[]): Promise<unknown> } } }).chrome.tabs;
  const send = tabs.sendMessage.bind(tabs);
  tabs.sendMessage = (...args) =>
    send(...args).then((answer) => {
      if ((answer as { found?: unknown[] } | undefined)?.found?.length) w.dataAt.push(performance.now());
      return answer;
    });
  const json = Response.prototype.json;
  Response.prototype.json = function (this: Response) {
    return json.call(this).then((data: unknown) => {
      // The entries come in shards (utils/engine/shards.ts): the last one parsed is when they arrived.
      if (this.url.includes('/glossary/entries/')) w.dataAt.push(performance.now());
      return data;
    });
  };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.term-row')) return;
    observer.disconnect();
    // Style and layout of the list, forced now: the popup loads in a background tab (the page
    // must be the active one), where no frame is painted and requestAnimationFrame never runs.
    void document.body.getBoundingClientRect();
    w.renderedAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

export async function benchPopup(executablePath: string, extension: string, server: PageServer, runs = 9): Promise<PopupResult> {
  const browser = await launchBenchBrowser(executablePath, extension);
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(() => (CSS.highlights.get('tifa-term')?.size ?? 0) > 100, null, { timeout: 30_000 });
    const times: number[] = [];
    let terms = 0;
    for (let run = 0; run < runs; run++) {
      const popup = await browser.context.newPage();
      await popup.addInitScript(WATCH_POPUP);
      await page.bringToFront(); // the popup asks for the active tab
      await popup.goto(`chrome-extension://${unpackedExtensionId(extension)}/popup.html`);
      await popup.waitForFunction(() => (window as unknown as { renderedAt?: number }).renderedAt !== undefined, null, { timeout: 30_000 });
      const { dataAt, renderedAt, rows } = await popup.evaluate(() => ({
        ...(window as unknown as { dataAt: number[]; renderedAt: number }),
        rows: document.querySelectorAll('.term-row').length,
      }));
      times.push(renderedAt - Math.max(...dataAt));
      terms = rows;
      await popup.close();
    }
    const renderMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    return { terms, renderMs: round(renderMs, 1), frames: round(renderMs / FRAME_MS), runs };
  } finally {
    await browser.close();
  }
}

export const popupLine = (p: PopupResult) =>
  `Popup: ${p.terms} terms listed, render after its data arrived ${p.renderMs} ms = ${p.frames} frames of 16.7 ms (median of ${p.runs})`;
