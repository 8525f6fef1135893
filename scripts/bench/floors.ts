/**
 * Tifa's script time against the least any extension must spend, every side measured alike: the
 * page's whole script time (a trace of its main thread, cdp.ts: compile, evaluation and
 * microtasks included) from the moment the page is opened, less the same page's own in a browser
 * without any extension.
 *
 * - page floor: a plain script on the same page, without the extension, that reads and decodes the
 *   same match data file as the reader, walks every text node and creates as many StaticRanges as
 *   Tifa marked, at positions handed to it in advance, in one Highlight. The least any
 *   highlighter must do.
 * - content-script floor: the same script as an extension's content script. An extension runs in
 *   an isolated world, where Blink keeps the page's node wrappers in a table of their own rather
 *   than on the nodes (the main world's fast path), so each node reached costs more: the least an
 *   extension's highlighter must do.
 * - reading floor: the content-script floor that also reads every text node's text, as a
 *   highlighter that finds its terms itself must: the least such an extension must do (each
 *   string read becomes a string of the isolated world: the 5 MB page's 4 million characters cost
 *   more than walking its nodes).
 * - idle floor: an extension whose content script is empty, on an English page. Beside it, one
 *   that only reads the page's declared language (an empty script never touches the page, and the
 *   first DOM access of an isolated world costs a frame about 0.7 ms), and the settings floor: one
 *   that reads its settings and listens, as any extension that can be turned off per site must
 *   (the extension API's bindings cost about 1 ms more).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBenchBrowser } from './browser';
import { MATCH_FILE_SECTIONS } from '../../utils/engine/match-file';
import { meteredPage, median, spread, type Spread } from './cdp';

/** A text range as positions in the document's text nodes (TreeWalker order over the body). */
type Position = [startNode: number, startOffset: number, endNode: number, endOffset: number];

/** a ÷ b: the ratio of the medians, with the spread of the loads paired in order. */
const ratio = (a: number[], b: number[]): Spread => ({ ...spread(a.map((t, i) => t / b[i]!), 2), median: Number((median(a) / median(b)).toFixed(2)) });

export const scanned = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0, undefined, { timeout: 120_000, polling: 100 });

/** Where Tifa's highlights are, as positions in the page's text nodes (ranges inside frames or shadow roots are left out). */
export const tifaPositions = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const index = new Map<Node, number>();
    for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
    const out: [number, number, number, number][] = [];
    for (const range of CSS.highlights.get('tifa-term') ?? []) {
      const start = index.get(range.startContainer);
      const end = index.get(range.endContainer);
      if (start !== undefined && end !== undefined) out.push([start, range.startOffset, end, range.endOffset]);
    }
    return out;
  });

/**
 * The floor's work once the page has loaded: fetch the match data file and decode it as the reader
 * does (a typed-array view per section, the terms' JSON parsed), walk every text node, one
 * StaticRange per position, one Highlight. `positions` is an expression giving the positions'
 * JSON text, `matchUrl` one giving the file's URL.
 */
const floorWork = (positions: string, matchUrl: string, readsText = false) => `const work = (file) => {
  const header = new Uint32Array(file, 0, ${2 + 2 * MATCH_FILE_SECTIONS.length});
  const sections = [];
  for (let k = 0; k < ${MATCH_FILE_SECTIONS.length - 1}; k++) sections.push(new Uint8Array(file, header[2 + 2 * k], header[3 + 2 * k]));
  const terms = JSON.parse(new TextDecoder().decode(new Uint8Array(file, header[${2 * MATCH_FILE_SECTIONS.length}], header[${2 * MATCH_FILE_SECTIONS.length + 1}])));
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)${readsText ? ', (chars += n.data.length)' : ''};
  const ranges = JSON.parse(${positions}).map(([s, so, e, eo]) => new StaticRange({ startContainer: nodes[s], startOffset: so, endContainer: nodes[e], endOffset: eo }));
  CSS.highlights.set('floor', new Highlight(...ranges));
  performance.mark('floor:done', { detail: [terms.length, sections.length, chars] });
};
const floor = () => fetch(${matchUrl}).then((response) => response.arrayBuffer()).then(work);
if (document.readyState === 'complete') floor();
else addEventListener('load', floor);`;

/** Where the page floor's copy of the match data file is served, beside the page. */
const PAGE_FLOOR_MATCH = '/floor-match.bin';
/** The content-script floor's copy, in its extension. */
const CONTENT_FLOOR_MATCH = 'match.bin';

/**
 * The page floor's script, as a page would ship it: the positions inline as JSON, the match data
 * as a file of the site's, read and applied once the page has loaded.
 */
function floorScript(positions: Position[]): string {
  const data = JSON.stringify(positions).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="floor-data">${data}</script>
<script>${floorWork("document.getElementById('floor-data').textContent", `'${PAGE_FLOOR_MATCH}'`)}</script>`;
}

/** Script time of one load of `url`, ms: until `ready` resolves, then `afterMs` more. */
export async function loadScriptMs(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>, afterMs = 300): Promise<number> {
  const metered = await meteredPage(context);
  try {
    await metered.page.goto(url, { timeout: 120_000 });
    await ready(metered.page);
    await metered.page.waitForTimeout(afterMs);
    return await metered.scriptMs();
  } finally {
    await metered.close();
  }
}

export interface FloorResult {
  page: string;
  /** Ranges Tifa marked, and the floor created. */
  ranges: number;
  /** Tifa's script time to fully marked, less the page's own, ms (median and spread of the loads). */
  tifaMs: Spread;
  /** The page floor's, measured the same way, ms. */
  floorMs: Spread;
  /** The page's own script time without any extension, ms. */
  pageOwnMs: Spread;
  /** tifaMs ÷ floorMs (medians), and its spread over the loads paired in order. */
  vsFloor: Spread;
  /** The same floor run as a content script, and tifaMs ÷ it. */
  contentFloorMs: Spread;
  vsContentFloor: Spread;
  /** The content-script floor reading every text node's text, and tifaMs ÷ it. */
  readingFloorMs: Spread;
  vsReadingFloor: Spread;
}

/**
 * `loads` loads of the page each way (Tifa, the floor, the content-script floor, neither),
 * interleaved so the machine's load hits each alike. The floors' positions are Tifa's own
 * highlights from a first load.
 */
export async function benchPageFloor(
  name: string,
  url: string,
  matchFile: Uint8Array,
  chromium: string,
  withTifa: BrowserContext,
  without: BrowserContext,
  loads: number,
): Promise<FloorResult> {
  const first = await withTifa.newPage();
  await first.goto(url, { timeout: 120_000 });
  await scanned(first);
  const positions = await tifaPositions(first);
  await first.close();
  const html = await (await fetch(url)).text();
  const floorUrl = `${url}${url.includes('?') ? '&' : '?'}floor`;
  const withFloor = html.replace('</body>', `${floorScript(positions)}</body>`);
  const contentFloorWork = (readsText: boolean) =>
    floorWork(JSON.stringify(JSON.stringify(positions)), `chrome.runtime.getURL('${CONTENT_FLOOR_MATCH}')`, readsText);
  const contentFloor = floorExtension(contentFloorWork(false), { [CONTENT_FLOOR_MATCH]: matchFile });
  const readingFloor = floorExtension(contentFloorWork(true), { [CONTENT_FLOOR_MATCH]: matchFile });
  // Polled as `scanned` is: the polling is script on the page too.
  const floorDone = (p: Page) =>
    p.waitForFunction(() => performance.getEntriesByName('floor:done').length > 0, undefined, { timeout: 120_000, polling: 100 });
  const tifa: number[] = [];
  const floor: number[] = [];
  const content: number[] = [];
  const reading: number[] = [];
  const own: number[] = [];
  const removeFloors = () => [contentFloor, readingFloor].forEach((floor) => floor.remove());
  const [withContentFloor, withReadingFloor] = await Promise.all([
    launchBenchBrowser(chromium, contentFloor.dir),
    launchBenchBrowser(chromium, readingFloor.dir),
  ]).catch((error: unknown) => {
    removeFloors();
    throw error;
  });
  await without.route(floorUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: withFloor }));
  const floorMatchUrl = new URL(PAGE_FLOOR_MATCH, url).href;
  await without.route(floorMatchUrl, (route) => route.fulfill({ contentType: 'application/octet-stream', body: Buffer.from(matchFile) }));
  try {
    for (let i = 0; i < loads; i++) {
      tifa.push(await loadScriptMs(withTifa, url, scanned));
      floor.push(await loadScriptMs(without, floorUrl, floorDone));
      content.push(await loadScriptMs(withContentFloor.context, url, floorDone));
      reading.push(await loadScriptMs(withReadingFloor.context, url, floorDone));
      own.push(await loadScriptMs(without, url, (p) => p.waitForLoadState('load')));
    }
  } finally {
    await without.unroute(floorUrl);
    await without.unroute(floorMatchUrl);
    await Promise.all([withContentFloor.close(), withReadingFloor.close()]);
    removeFloors();
  }
  // The page's own script (the same in each) comes off both sides.
  const pageOwn = median(own);
  const tifaMs = tifa.map((t) => t - pageOwn);
  const floorMs = floor.map((f) => f - pageOwn);
  const contentFloorMs = content.map((f) => f - pageOwn);
  const readingFloorMs = reading.map((f) => f - pageOwn);
  return {
    page: name,
    ranges: positions.length,
    tifaMs: spread(tifaMs),
    floorMs: spread(floorMs),
    pageOwnMs: spread(own),
    vsFloor: ratio(tifaMs, floorMs),
    contentFloorMs: spread(contentFloorMs),
    vsContentFloor: ratio(tifaMs, contentFloorMs),
    readingFloorMs: spread(readingFloorMs),
    vsReadingFloor: ratio(tifaMs, readingFloorMs),
  };
}

/**
 * An unpacked extension with one content script, in every http(s) frame at document_idle as
 * Tifa's: the content-script floor's, or one of the idle floors' (IDLE_FLOORS).
 */
function floorExtension(js: string, files: Record<string, Uint8Array> = {}): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tifa-bench-floor-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor content script',
      version: '1.0',
      permissions: ['storage'],
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['floor.js'], run_at: 'document_idle', all_frames: true }],
      // Read as Tifa reads its match data.
      web_accessible_resources: [{ resources: Object.keys(files), matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    }),
  );
  writeFileSync(path.join(dir, 'floor.js'), js);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The idle floors' content scripts: empty; one that reads the page's declared language, the least
 * any script that decides whether a page is worth reading does (its first DOM access sets up the
 * isolated world); one that reads its stored settings and listens, as any extension that can be
 * turned off per site must.
 */
const IDLE_FLOORS = {
  empty: '',
  readsPage: 'document.documentElement.lang;',
  settings: `chrome.storage.local.get('settings').then(() => {});
chrome.storage.onChanged.addListener(() => {});
chrome.runtime.onMessage.addListener(() => false);`,
};

export interface IdleResult {
  /** Whole-page script time, load to idle, on an English page: with Tifa, and with each floor's content script, ms. */
  tifaMs: Spread;
  emptyMs: Spread;
  readsPageMs: Spread;
  settingsMs: Spread;
  /** tifaMs ÷ each floor's (medians), with the spread of the loads paired in order. */
  vsEmpty: Spread;
  vsReadsPage: Spread;
  vsSettings: Spread;
}

/** `loads` loads of an English page with Tifa and with each floor extension, interleaved; idle = 1 s after load. */
export async function benchIdle(chromium: string, url: string, withTifa: BrowserContext, loads: number): Promise<IdleResult> {
  const names = Object.keys(IDLE_FLOORS) as (keyof typeof IDLE_FLOORS)[];
  const extensions = names.map((name) => floorExtension(IDLE_FLOORS[name]));
  const browsers = await Promise.all(extensions.map((extension) => launchBenchBrowser(chromium, extension.dir)));
  const tifa: number[] = [];
  const floors: number[][] = names.map(() => []);
  const idle = (page: Page) => page.waitForLoadState('load');
  try {
    for (let i = 0; i < loads; i++) {
      tifa.push(await loadScriptMs(withTifa, url, idle, 1_000));
      for (const [k, browser] of browsers.entries()) floors[k]!.push(await loadScriptMs(browser.context, url, idle, 1_000));
    }
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
    for (const extension of extensions) extension.remove();
  }
  const [empty, readsPage, settings] = floors as [number[], number[], number[]];
  return {
    tifaMs: spread(tifa, 2),
    emptyMs: spread(empty, 2),
    readsPageMs: spread(readsPage, 2),
    settingsMs: spread(settings, 2),
    vsEmpty: ratio(tifa, empty),
    vsReadsPage: ratio(tifa, readsPage),
    vsSettings: ratio(tifa, settings),
  };
}
