/**
 * Page-script conversion in Chromium with the bench build:
 * - the delay from the popup click to a converted test article, the first time in the browser
 *   (converter page opened, converter built) and again in new tabs;
 * - the 5 MB page, at three write-slice sizes, several loads: click to converted, click to the
 *   viewport converted and drawn, the longest main-thread task meanwhile;
 * - the floors, measured on the same page in the same run without the extension: a plain script
 *   writing every text node's converted value (computed in advance) and the page's lang in one
 *   task, to the next frame drawn; the same written in slices of the default size, a frame after
 *   each; and the frame after changing one text node, which no slicing can go below. Tifa's
 *   figures are given as ratios to them, per load, as medians with their spread;
 * - opencc-js converting the same text as one string, and what building the converters inside the
 *   page (opencc-js injected) would cost every converting tab, time and heap.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageServer } from '../../tests/e2e/pages';
import { unpackedExtensionId } from '../../tests/e2e/browser';
import { launchBenchBrowser, longestTask } from './browser';
import { median, round, withSpread } from './timing';

/** Write-slice sizes compared (characters); the page converter's default is the middle one. */
export const SLICE_SIZES = [50_000, 150_000, 400_000] as const;
const DEFAULT_SLICE = 150_000;
/** Loads of the 5 MB page per slice size, and of the floors. */
const LOADS = 3;

type Spread = ReturnType<typeof withSpread>;

export interface SliceResult {
  size: number;
  /** Click → converted (every text written, and the root's lang set with the pins off, or the pins kept), median ms. */
  hugeMs: number;
  /** hugeMs ÷ the plain-write floor of the same load. */
  vsPlainWrite: number;
  vsPlainWriteRange: [number, number];
  /** Longest main-thread task from the click until converted, median ms. */
  longestTaskMs: number;
  /** longestTaskMs ÷ the one-node frame of the same load. */
  longestVsOneNodeFrame: number;
  longestVsOneNodeFrameRange: [number, number];
  /** Click → the frame after the viewport's text was written, median ms. */
  visibleMs: number;
}

export interface ConversionResult {
  /** Popup click → test article in 简体, first conversion in the browser, ms. */
  articleColdMs: number;
  /** The same in new tabs, converter page already open and converter built, median ms. */
  seedWarmMs: number;
  seedWarmRange: [number, number];
  /** Popup click → test article in 繁體 (Taiwan), ms. */
  articleTaiwanMs: number;
  hugeChars: number;
  /** The default slice size's figures, repeated at the top level for the goals. */
  hugeMs: number;
  vsPlainWrite: number;
  vsPlainWriteRange: [number, number];
  hugeLongestTaskMs: number;
  longestVsOneNodeFrame: number;
  longestVsOneNodeFrameRange: [number, number];
  /** 5 MB page: click → the viewport converted and drawn, median ms (default slice size). */
  visibleMs: number;
  /** visibleMs ÷ seedWarmMs (goal ≤ 2). */
  visibleVsSeedWarm: number;
  slices: SliceResult[];
  /** Floor: a plain script writing the converted text in one task, to the next frame drawn, ms. */
  plainWrite: Spread;
  /**
   * Floor: the same text written in slices of the default size, each followed by its frame (the
   * root's lang left alone), ms; and hugeMs ÷ it, per load. What slicing alone costs, before any
   * reading, converting or keeping of originals.
   */
  slicedWrite: Spread;
  vsSlicedWrite: number;
  vsSlicedWriteRange: [number, number];
  /** Floor: the frame after changing one text node of the 5 MB page, ms. */
  oneNodeFrame: Spread;
  /** opencc-js hk→cn on the same text as one string, ms. */
  oneStringMs: number;
  /** The plain-write floor ÷ the one string: what writing to the page adds to converting. */
  plainWriteVsOneString: number;
  /** Building cn→hk inside a page, as an injected converter would in every converting tab. */
  inPageBuildMs: number;
  inPageHeapMb: number;
}

async function clickScript(context: BrowserContext, extensionId: string, page: Page, script: string, variant?: string) {
  const popup = await context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const radio = popup.locator(`input[name="page-script"][value="${script}"]`);
  await popup.waitForFunction(() => !document.querySelector('fieldset[disabled]'), undefined, { timeout: 20_000 });
  if (variant) await popup.locator('select[name="traditional-variant"]').selectOption(variant);
  // The clock starts when the popup takes the choice: Playwright may click a radio the popup is
  // still rendering and try again up to a second later, which is the driver's time, not Tifa's.
  await popup.evaluate(() => {
    const w = window as unknown as { chosenAt?: number };
    document.addEventListener('change', () => (w.chosenAt ??= Date.now()), { capture: true });
  });
  // click(), not check(): until the page converter is in the tab, the popup may show the page's
  // "Original" for a moment (it asks again shortly), which check() would take for a failed click.
  await radio.click();
  const start = await popup.evaluate(() => (window as unknown as { chosenAt: number }).chosenAt);
  return { popup, start };
}

/** Time from a choice in the popup to `done` holding in the page. */
async function timeTo(context: BrowserContext, id: string, page: Page, script: string, done: string, variant?: string) {
  const { popup, start } = await clickScript(context, id, page, script, variant);
  await page.waitForFunction(done, undefined, { timeout: 120_000, polling: 'raf' });
  const ms = Date.now() - start;
  await popup.close();
  return ms;
}

/** The article converted: its text is all written once the root has its new lang (the last step). */
const ARTICLE_HANS = `document.querySelector('h1').textContent.startsWith('新质生产力带动湾区创科') && document.documentElement.lang === 'zh-Hans'`;
const HEADLINE_TW = `document.querySelector('h1').textContent.startsWith('新質生產力帶動灣區創科') && document.documentElement.lang === 'zh-Hant-TW'`;
/** The 5 MB page converted: its last text written and the page converter's last step done (its bench mark). */
const HUGE_HANS = `!/[發說經國際產業]/.test(document.getElementById('bench-last').textContent) && performance.getEntriesByName('tifa:converted').length > 0`;

/**
 * Notes (page world) when the viewport's text is written: the page converter's bench mark, then
 * the end of the frame that draws it (a task posted from rAF runs after the frame).
 */
const WATCH_VIEWPORT = () => {
  const w = window as unknown as { viewportDrawn?: number };
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('tifa:viewport-converted').length) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.viewportDrawn = Date.now()), 0));
  }).observe({ type: 'mark' });
};

/** One conversion of the 5 MB page to 简体 with writes of `slice` characters per slice. */
async function convertHuge(context: BrowserContext, id: string, server: PageServer, slice: number) {
  const huge = await context.newPage();
  await huge.goto(server.url('/huge.html'), { timeout: 120_000 });
  // The terms marked first, as a reader has the page: the content script lets go of its ranges
  // while the page is rewritten and reads it again afterwards.
  await huge.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0, undefined, { timeout: 120_000, polling: 200 });
  await huge.evaluate((size) => {
    const ps = [...document.querySelectorAll('p')].filter((p) => /[發說經國際產業]/.test(p.textContent ?? ''));
    ps.at(-1)!.id = 'bench-last';
    document.documentElement.setAttribute('data-tifa-bench-slice', String(size));
  }, slice);
  await huge.evaluate(WATCH_VIEWPORT);
  const chars = await huge.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/[\u3400-\u9fff]/.test((t as Text).data)) n += (t as Text).data.length;
    return n;
  });
  const from = await huge.evaluate(() => performance.now());
  const { popup, start } = await clickScript(context, id, huge, 'hans');
  await huge.waitForFunction(HUGE_HANS, undefined, { timeout: 120_000, polling: 'raf' });
  const ms = Date.now() - start;
  const to = await huge.evaluate(() => performance.now());
  const longest = await longestTask(huge, from, to);
  const visible = await huge.evaluate(() => (window as unknown as { viewportDrawn?: number }).viewportDrawn ?? NaN);
  await popup.close();
  await huge.close();
  return { ms, longest, visibleMs: visible - start, chars };
}

export async function benchConversion(executablePath: string, extension: string, server: PageServer): Promise<ConversionResult> {
  const browser = await launchBenchBrowser(executablePath, extension);
  const { context } = browser;
  const id = unpackedExtensionId(extension);
  try {
    const open = async (url: string) => {
      const page = await context.newPage();
      await page.goto(server.url(url), { timeout: 120_000 });
      return page;
    };
    const articleMs = async (script: string, done: string, variant?: string) => {
      const page = await open('/article.html');
      const ms = await timeTo(context, id, page, script, done, variant);
      await page.close();
      return ms;
    };
    const articleColdMs = await articleMs('hans', ARTICLE_HANS);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await articleMs('hans', ARTICLE_HANS));
    const articleTaiwanMs = await articleMs('hant', HEADLINE_TW, 'tw');

    // The floors and Tifa's runs interleaved, load by load, so the machine's load hits each alike.
    const floors: Awaited<ReturnType<typeof browserFloor>>[] = [];
    const runs = new Map<number, Awaited<ReturnType<typeof convertHuge>>[]>(SLICE_SIZES.map((size) => [size, []]));
    for (let load = 0; load < LOADS; load++) {
      floors.push(await browserFloor(executablePath, server, DEFAULT_SLICE));
      for (const size of SLICE_SIZES) runs.get(size)!.push(await convertHuge(context, id, server, size));
    }
    const slices: SliceResult[] = SLICE_SIZES.map((size) => {
      const r = runs.get(size)!;
      const vsPlainWrite = withSpread(r.map((run, i) => run.ms / floors[i]!.plainWriteMs));
      const vsFrame = withSpread(r.map((run, i) => run.longest / floors[i]!.oneNodeFrameMs));
      return {
        size,
        hugeMs: round(median(r.map((run) => run.ms)), 0),
        vsPlainWrite: vsPlainWrite.median,
        vsPlainWriteRange: vsPlainWrite.range,
        longestTaskMs: round(median(r.map((run) => run.longest)), 0),
        longestVsOneNodeFrame: vsFrame.median,
        longestVsOneNodeFrameRange: vsFrame.range,
        visibleMs: round(median(r.map((run) => run.visibleMs)), 0),
      };
    });
    const chosen = slices.find((slice) => slice.size === DEFAULT_SLICE)!;
    const vsSlicedWrite = withSpread(runs.get(DEFAULT_SLICE)!.map((run, i) => run.ms / floors[i]!.slicedWriteMs));
    const text = await hugeText(context, server);

    // Baselines in an ordinary page of the same browser: opencc-js itself, injected as a script.
    const blank = await open('/english.html');
    await blank.addScriptTag({ path: createRequire(import.meta.url).resolve('opencc-js') }); // the UMD build
    const cdp = await context.newCDPSession(blank);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    };
    const heapBefore = await heap();
    const baseline = await blank.evaluate((all) => {
      const O = (window as unknown as { OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } }).OpenCC;
      const t0 = performance.now();
      const s2t = O.Converter({ from: 'cn', to: 'hk' });
      s2t('发展');
      const build = performance.now() - t0;
      (window as unknown as { keep: unknown }).keep = s2t;
      const t2s = O.Converter({ from: 'hk', to: 'cn' });
      t2s(all.slice(0, 10_000)); // warm
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        t2s(all);
        times.push(performance.now() - t);
      }
      return { build, oneString: times.sort((a, b) => a - b)[1]! };
    }, text);
    const inPageHeapMb = (await heap()) - heapBefore;
    await cdp.detach();
    await blank.close();

    const seedWarm = withSpread(warm, 0);
    const plainWrite = withSpread(floors.map((f) => f.plainWriteMs), 1);
    return {
      articleColdMs,
      seedWarmMs: seedWarm.median,
      seedWarmRange: seedWarm.range,
      articleTaiwanMs,
      hugeChars: text.length,
      hugeMs: chosen.hugeMs,
      vsPlainWrite: chosen.vsPlainWrite,
      vsPlainWriteRange: chosen.vsPlainWriteRange,
      hugeLongestTaskMs: chosen.longestTaskMs,
      longestVsOneNodeFrame: chosen.longestVsOneNodeFrame,
      longestVsOneNodeFrameRange: chosen.longestVsOneNodeFrameRange,
      visibleMs: chosen.visibleMs,
      visibleVsSeedWarm: round(chosen.visibleMs / seedWarm.median),
      slices,
      plainWrite,
      slicedWrite: withSpread(floors.map((f) => f.slicedWriteMs), 1),
      vsSlicedWrite: vsSlicedWrite.median,
      vsSlicedWriteRange: vsSlicedWrite.range,
      oneNodeFrame: withSpread(floors.map((f) => f.oneNodeFrameMs), 1),
      oneStringMs: round(baseline.oneString, 1),
      plainWriteVsOneString: round(plainWrite.median / baseline.oneString, 2),
      inPageBuildMs: round(baseline.build, 1),
      inPageHeapMb: round(inPageHeapMb, 1),
    };
  } finally {
    await browser.close();
  }
}

/** The 5 MB page's Han text, as one string. */
async function hugeText(context: BrowserContext, server: PageServer): Promise<string> {
  const page = await context.newPage();
  await page.goto(server.url('/huge.html'), { timeout: 120_000 });
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u3400-\u9fff]/.test((n as Text).data)) all += (n as Text).data;
    return all;
  });
  await page.close();
  return text;
}

/** The lines `npm run bench` prints, and the goals. */
export function conversionReport(c: ConversionResult): { lines: string[]; goals: Record<string, boolean> } {
  const range = (r: [number, number]) => `${r[0]}–${r[1]}`;
  return {
    lines: [
      `Conversion: popup click → test article in 简体 ${c.articleColdMs} ms first time (converter page opened, converter built), ` +
        `${c.seedWarmMs} ms after (loads ${range(c.seedWarmRange)}); in 繁體 (Taiwan) ${c.articleTaiwanMs} ms`,
      `Conversion floors, 5 MB page without Tifa: a plain script writing the converted text (${c.hugeChars} Han-text chars) ` +
        `in one task, to the next frame, ${c.plainWrite.median} ms (loads ${range(c.plainWrite.range)}) = ${c.plainWriteVsOneString}× ` +
        `opencc-js on the same text as one string (${c.oneStringMs} ms); the frame after changing one text node ` +
        `${c.oneNodeFrame.median} ms (${range(c.oneNodeFrame.range)}); the same text written ${DEFAULT_SLICE / 1000}k chars a slice, ` +
        `each slice followed by its frame, ${c.slicedWrite.median} ms (${range(c.slicedWrite.range)}) = ` +
        `${round(c.slicedWrite.median / c.plainWrite.median)}× the plain write; Tifa's default ÷ it ${c.vsSlicedWrite} (${range(c.vsSlicedWriteRange)})`,
      ...c.slices.map(
        (s) =>
          `Conversion: 5 MB page, slices of ${s.size / 1000}k chars${s.size === DEFAULT_SLICE ? ' (default)' : ''}: ` +
          `click → converted ${s.hugeMs} ms = ${s.vsPlainWrite}× the plain write (${range(s.vsPlainWriteRange)}; goal ≤ 2), ` +
          `longest task ${s.longestTaskMs} ms = ${s.longestVsOneNodeFrame}× the one-node frame (${range(s.longestVsOneNodeFrameRange)}; goal ≤ 3), ` +
          `viewport converted and drawn ${s.visibleMs} ms`,
      ),
      `Conversion: the 5 MB page's viewport ${c.visibleMs} ms = ${c.visibleVsSeedWarm}× the test article's warm conversion (goal ≤ 2)`,
      `Conversion: a converter built inside the page instead (cn→hk, per tab) ${c.inPageBuildMs} ms, +${c.inPageHeapMb} MB heap`,
    ],
    goals: {
      conversionVsPlainWrite: c.vsPlainWrite <= 2,
      conversionLongestVsOneNodeFrame: c.longestVsOneNodeFrame <= 3,
      conversionVisibleVsSeedWarm: c.visibleVsSeedWarm <= 2,
    },
  };
}

/**
 * What the browser itself needs on the 5 MB page, measured without the extension: in one load the
 * one-node frames and the plain write, in a second load the same text written a slice of
 * `sliceChars` at a time, each slice followed by its frame, the root's lang left alone.
 */
async function browserFloor(executablePath: string, server: PageServer, sliceChars: number) {
  const browser = await launchBenchBrowser(executablePath);
  try {
    const page = await browser.context.newPage();
    const measure = async (sliced: boolean) => {
      await page.goto(server.url('/huge.html'), { timeout: 120_000 });
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('opencc-js') });
      // No named helpers inside: the function is sent to the page as source text.
      return page.evaluate(
        async ([sliced, sliceChars]) => {
          const O = (window as unknown as { OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } }).OpenCC;
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u3400-\u9fff]/.test((n as Text).data)) nodes.push(n as Text);
          const converted = O.Converter({ from: 'hk', to: 'cn' })(nodes.map((n) => n.data).join('\0')).split('\0');
          // A rAF callback runs before its frame is laid out; a task it posts runs after the frame.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          if (sliced) {
            const start = performance.now();
            for (let i = 0; i < nodes.length; ) {
              for (let chars = 0; i < nodes.length && chars < sliceChars; i++) chars += (nodes[i]!.data = converted[i]!).length;
              await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            }
            return { ms: performance.now() - start, frameMs: 0 };
          }
          const frames: number[] = [];
          for (let i = 0; i < 5; i++) {
            const start = performance.now();
            nodes[i * 1000]!.data = converted[i * 1000]!;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            frames.push(performance.now() - start);
          }
          const start = performance.now();
          document.documentElement.lang = 'zh-Hans';
          for (let i = 0; i < nodes.length; i++) nodes[i]!.data = converted[i]!;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return { ms: performance.now() - start, frameMs: frames.sort((a, b) => a - b)[2]! };
        },
        [sliced, sliceChars] as const,
      );
    };
    const plain = await measure(false);
    const sliced = await measure(true);
    return { plainWriteMs: plain.ms, oneNodeFrameMs: plain.frameMs, slicedWriteMs: sliced.ms };
  } finally {
    await browser.close();
  }
}
