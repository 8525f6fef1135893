/**
 * Tifa beside New Tong Wen Tang (NTWT 2.4.0), the page converter readers already use, in the same
 * Chromium: each extension alone in a fresh profile, triggered from its own service worker the way
 * its keyboard command does it (Tifa: the background's showInTab, exposed in the bench build; NTWT:
 * tabs.sendMessage({type: 'Webpage', payload: 't2s'}), what its Alt+Shift+V sends). Timed from the
 * trigger to every text node and the root's `lang` at their final value (a MutationObserver in the
 * page), on the seed article (the fixture article without ../shared) and on a 1 MB page of it
 * repeated: cold (first conversion in the browser) and warm (a second tab), repetitions
 * alternating which extension goes first. Also checks Tifa's text against opencc-js hk→cn and that
 * "Original" gives back the page byte for byte. The recipe: ../shared/research/peer-conversion/.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page, Worker } from 'playwright-core';
import { ARTICLE_HK, SEED_ARTICLE } from '../../tests/fixtures/articles';
import { ROOT } from '../../tests/e2e/paths';
import { launchBenchBrowser } from './browser';
import { median, round, withSpread } from './timing';

const REPS = 3;

/** The parts of the extension API the service-worker snippets below use (they run there, not here). */
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** The first of `candidates` that exists (../shared sits beside the main checkout, not its worktrees). */
const firstExisting = (candidates: string[]) => candidates.find((file) => existsSync(file));
const shared = (file: string) => [path.resolve(ROOT, '../shared', file), path.resolve(ROOT, '../../shared', file)];

export const ntwtFolder = () => firstExisting([...(process.env.TIFA_NTWT ? [process.env.TIFA_NTWT] : []), ...shared('peers/ntwt-2.4.0/chromium')]);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as a news page (as tests/e2e/pages.ts serves it), and about 1 MB of it repeated. */
function peerPages(file: string) {
  const [headline = '', ...rest] = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const page = (body: string) => `<!doctype html><html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<style>body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 18px/1.8 "Noto Serif CJK TC", serif; color: #222; }</style>
</head><body>${body}</body></html>`;
  const article = (n: number) => `<article><h1>${escape(headline)}${n ? `（${n}）` : ''}</h1>\n${rest.map((l) => `<p>${escape(l)}</p>`).join('\n')}</article>\n`;
  let huge = '';
  for (let copy = 1; Buffer.byteLength(huge) < 1_000_000; copy++) huge += article(copy);
  return { '/seed.html': page(article(0)), '/megabyte.html': page(huge) } as Record<string, string>;
}

type Ext = 'tifa' | 'ntwt';

// ---- in the service workers (sent as source text: no named helpers inside) ----
const TRIGGER = {
  tifa: async ([url, script]: [string, string]) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
    const start = Date.now();
    const show = (globalThis as unknown as { tifaBench_showInTab: (id: number, s: string) => Promise<void> }).tifaBench_showInTab;
    void show(tab.id!, script).catch(() => {});
    return start;
  },
  ntwt: async ([url, script]: [string, string]) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
    const start = Date.now();
    chrome.tabs.sendMessage(tab.id!, { type: 'Webpage', payload: script === 'cn' ? 't2s' : 's2t' }).catch(() => {});
    return start;
  },
};

// ---- in the page ----
const SNAPSHOT = () => {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
  return { texts, html: document.documentElement.outerHTML, lang: document.documentElement.lang };
};
type Snapshot = ReturnType<typeof SNAPSHOT>;
type Watch = { done: number | null; lastChange: number };

/** Notes when every body text node and the root's lang hold their final value (Date.now()). */
const ARM = ([expected, lang]: [string[] | null, string]) => {
  const w = window as unknown as { watch: Watch; watcher?: MutationObserver };
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const pending = new Map<Node, string>();
  if (expected) nodes.forEach((node, i) => node.data !== expected[i] && pending.set(node, expected[i]!));
  w.watch = { done: null, lastChange: Date.now() };
  w.watcher?.disconnect();
  w.watcher = new MutationObserver((records) => {
    const now = Date.now();
    w.watch.lastChange = now;
    for (const r of records) if (r.type === 'characterData' && pending.get(r.target) === (r.target as Text).data) pending.delete(r.target);
    if (expected && pending.size === 0 && w.watch.done === null && document.documentElement.lang === lang) w.watch.done = now;
  });
  w.watcher.observe(document, { subtree: true, characterData: true, childList: true, attributes: true });
};

async function launch(executablePath: string, ext: Ext, folder: string) {
  const browser = await launchBenchBrowser(executablePath, folder);
  const context = browser.context;
  const sw: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // A fresh NTWT profile writes its default preferences at install, and its content script fails
  // on pages loaded before that: wait for them, as a user would.
  if (ext === 'ntwt') {
    await sw.evaluate(async () => {
      while (!(await chrome.storage.local.get('general')).general) await new Promise((r) => setTimeout(r, 50));
    });
  }
  return { ...browser, sw, ext };
}
type Launched = Awaited<ReturnType<typeof launch>>;

async function openPage(b: Launched, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.bringToFront();
  await page.waitForTimeout(1500); // the extension's own load-time work is over
  if (b.ext === 'ntwt') {
    // Its content script answers once it has read its state.
    await b.sw.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u)!;
      for (let i = 0; i < 200; i++) {
        try {
          await chrome.tabs.sendMessage(tab.id!, { type: 'ZhType' });
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }, url);
  }
  return page;
}

/** Waits until the page has not changed for `quietMs`. */
const settle = (page: Page, quietMs = 1500) =>
  page.waitForFunction((q) => Date.now() - (window as unknown as { watch: Watch }).watch.lastChange > q, quietMs, { timeout: 120_000, polling: 200 });

/** One timed conversion to Simplified of a new tab of `url`: trigger → final text and lang, ms. */
async function timed(b: Launched, url: string, target: Snapshot): Promise<number> {
  const page = await openPage(b, url);
  await page.evaluate(ARM, [target.texts, target.lang] as [string[], string]);
  const start = await b.sw.evaluate(TRIGGER[b.ext], [url, 'cn'] as [string, string]);
  await page.waitForFunction(() => (window as unknown as { watch: Watch }).watch.done !== null, undefined, { timeout: 120_000, polling: 50 });
  const done = await page.evaluate(() => (window as unknown as { watch: Watch }).watch.done!);
  await settle(page);
  await page.close();
  return done - start;
}

/** Untimed: the page converted (the timed runs' target) and back to the original. */
async function calibrate(b: Launched, url: string) {
  const page = await openPage(b, url);
  const original = await page.evaluate(SNAPSHOT);
  await page.evaluate(ARM, [null, ''] as [null, string]);
  await b.sw.evaluate(TRIGGER[b.ext], [url, 'cn'] as [string, string]);
  await page.waitForFunction(() => (window as unknown as { watch: Watch }).watch.lastChange > 0 && Date.now() - (window as unknown as { watch: Watch }).watch.lastChange > 3000, undefined, { timeout: 120_000, polling: 250 });
  const converted = await page.evaluate(SNAPSHOT);
  await page.evaluate(ARM, [null, ''] as [null, string]);
  await b.sw.evaluate(TRIGGER[b.ext], [url, 'original'] as [string, string]);
  await settle(page, 3000);
  const restored = await page.evaluate(SNAPSHOT);
  await page.close();
  return { original, converted, restored };
}

/** Characters of `converted` that differ from opencc-js hk→cn of the original text. */
function wrongChars(original: Snapshot, converted: Snapshot): number {
  const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
  let wrong = 0;
  original.texts.forEach((text, i) => {
    const want = Array.from(hk2cn(text));
    const got = Array.from(converted.texts[i] ?? '');
    for (let k = 0; k < Math.max(want.length, got.length); k++) if (want[k] !== got[k]) wrong++;
  });
  return wrong;
}

export interface PeerResult {
  article: 'seed' | 'fixture';
  /** Tifa ÷ NTWT, medians of the per-repetition ratios (goals ≤ 1, ≤ 1.5, ≤ 1). */
  seedWarm: number;
  seedCold: number;
  megabyte: number;
  megabyteCold: number;
  /** Each figure's median ms and spread, per extension. */
  ms: Record<Ext, Record<'seedCold' | 'seedWarm' | 'megabyteCold' | 'megabyteWarm', ReturnType<typeof withSpread>>>;
  /** Characters differing from opencc-js hk→cn on the article, per extension. */
  wrongChars: Record<Ext, number>;
  /** "Original" gives back the page byte for byte. */
  restoresExactly: Record<Ext, boolean>;
}

export async function benchPeer(executablePath: string, tifa: string, ntwt: string): Promise<PeerResult> {
  const seed = existsSync(SEED_ARTICLE) ? SEED_ARTICLE : firstExisting(shared('seeds/000_fd79f2fb093831e2.txt'));
  const pages = peerPages(seed ?? ARTICLE_HK);
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let nonce = 0;
  const url = (p: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${p}?n=${++nonce}`;
  const folders: Record<Ext, string> = { tifa, ntwt };
  const withBrowser = async <T>(ext: Ext, work: (b: Launched) => Promise<T>) => {
    const b = await launch(executablePath, ext, folders[ext]);
    try {
      return await work(b);
    } finally {
      await b.close();
    }
  };
  try {
    const calib = {} as Record<Ext, Record<string, Awaited<ReturnType<typeof calibrate>>>>;
    for (const ext of ['tifa', 'ntwt'] as Ext[]) {
      calib[ext] = await withBrowser(ext, async (b) => ({ seed: await calibrate(b, url('/seed.html')), megabyte: await calibrate(b, url('/megabyte.html')) }));
    }
    const runs: Record<Ext, Record<string, number>[]> = { tifa: [], ntwt: [] };
    for (let rep = 0; rep < REPS; rep++) {
      for (const ext of (rep % 2 ? ['ntwt', 'tifa'] : ['tifa', 'ntwt']) as Ext[]) {
        const run: Record<string, number> = {};
        for (const p of ['seed', 'megabyte']) {
          await withBrowser(ext, async (b) => {
            run[`${p}Cold`] = await timed(b, url(`/${p}.html`), calib[ext][p]!.converted);
            run[`${p}Warm`] = await timed(b, url(`/${p}.html`), calib[ext][p]!.converted);
          });
        }
        runs[ext].push(run);
      }
    }
    const ratio = (key: string) => round(median(runs.tifa.map((t, i) => t[key]! / runs.ntwt[i]![key]!)));
    const ms = (ext: Ext) =>
      Object.fromEntries(['seedCold', 'seedWarm', 'megabyteCold', 'megabyteWarm'].map((k) => [k, withSpread(runs[ext].map((r) => r[k]!), 0)]));
    return {
      article: seed ? 'seed' : 'fixture',
      seedWarm: ratio('seedWarm'),
      seedCold: ratio('seedCold'),
      megabyte: ratio('megabyteWarm'),
      megabyteCold: ratio('megabyteCold'),
      ms: { tifa: ms('tifa'), ntwt: ms('ntwt') } as PeerResult['ms'],
      wrongChars: { tifa: wrongChars(calib.tifa.seed!.original, calib.tifa.seed!.converted), ntwt: wrongChars(calib.ntwt.seed!.original, calib.ntwt.seed!.converted) },
      restoresExactly: {
        tifa: calib.tifa.seed!.original.html === calib.tifa.seed!.restored.html && calib.tifa.megabyte!.original.html === calib.tifa.megabyte!.restored.html,
        ntwt: calib.ntwt.seed!.original.html === calib.ntwt.seed!.restored.html && calib.ntwt.megabyte!.original.html === calib.ntwt.megabyte!.restored.html,
      },
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The lines `npm run bench` prints, and the goals. */
export function peerReport(p: PeerResult): { lines: string[]; goals: Record<string, boolean> } {
  const fig = (ext: Ext, k: keyof PeerResult['ms']['tifa']) => `${p.ms[ext][k].median} ms (${p.ms[ext][k].range.join('–')})`;
  return {
    lines: [
      `Beside New Tong Wen Tang 2.4.0 (its keyboard command's trigger, same Chromium, ${p.article} article, ${REPS} repetitions): ` +
        `Tifa ÷ NTWT cold ${p.seedCold} (goal ≤ 1.5), warm ${p.seedWarm} (goal ≤ 1), 1 MB page warm ${p.megabyte} (goal ≤ 1), cold ${p.megabyteCold}`,
      `  Tifa: article cold ${fig('tifa', 'seedCold')}, warm ${fig('tifa', 'seedWarm')}; 1 MB cold ${fig('tifa', 'megabyteCold')}, warm ${fig('tifa', 'megabyteWarm')}`,
      `  NTWT: article cold ${fig('ntwt', 'seedCold')}, warm ${fig('ntwt', 'seedWarm')}; 1 MB cold ${fig('ntwt', 'megabyteCold')}, warm ${fig('ntwt', 'megabyteWarm')}`,
      `  characters differing from opencc-js hk→cn: Tifa ${p.wrongChars.tifa}, NTWT ${p.wrongChars.ntwt}; ` +
        `"Original" restores the page exactly: Tifa ${p.restoresExactly.tifa}, NTWT ${p.restoresExactly.ntwt}`,
    ],
    goals: {
      peerSeedWarm: p.seedWarm <= 1,
      peerSeedCold: p.seedCold <= 1.5,
      peerMegabyte: p.megabyte <= 1,
      peerTextExact: p.wrongChars.tifa === 0 && p.restoresExactly.tifa,
    },
  };
}
