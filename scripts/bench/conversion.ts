/**
 * Page-script conversion in Chromium with the bench build:
 * - the delay from the popup click to a converted test article, the first time in the browser
 *   (converter page opened, converter built) and again in a new tab;
 * - the page walker's throughput on the 5 MB page (click to last paragraph converted) as a ratio
 *   to opencc-js converting the same text as one string in a page of the same browser, with the
 *   longest main-thread task meanwhile;
 * - what the alternative design would cost every converting tab: building the converters inside
 *   the page (opencc-js injected), time and heap;
 * - the browser's own floor on the 5 MB page, without the extension: a plain script writing the
 *   same converted text (and the page's lang) in one task, until the next frame is drawn; and the
 *   frame after changing one text node, which no slicing can go below.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageServer } from '../../tests/e2e/pages';
import { unpackedExtensionId } from '../../tests/e2e/browser';
import { launchBenchBrowser, longestTask } from './browser';
import { round } from './timing';

export interface ConversionResult {
  /** Popup click → test article headline in 简体, first conversion in the browser, ms. */
  articleColdMs: number;
  /** The same in a new tab, converter page already open and converter built, ms. */
  articleWarmMs: number;
  /** Popup click → test article in 繁體 (Taiwan), ms. */
  articleTaiwanMs: number;
  hugeChars: number;
  /** Popup click → last paragraph of the 5 MB page in 简体, ms (includes building hk→cn). */
  hugeMs: number;
  /** opencc-js hk→cn on the same text as one string, ms. */
  oneStringMs: number;
  /** hugeMs / oneStringMs (goal ≤ 1.5). */
  vsOneString: number;
  /** Longest main-thread task on the 5 MB page while it converted, ms (goal ≤ 50). */
  hugeLongestTaskMs: number;
  /** A plain script writing the converted text in one task, to the next frame drawn, ms. */
  plainWriteMs: number;
  /** plainWriteMs / oneStringMs: the ratio no page converter can go below. */
  plainWriteVsOneString: number;
  /** The frame after changing one text node of the 5 MB page (median of 5), ms. */
  oneNodeFrameMs: number;
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
  await radio.check();
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

const HEADLINE_HANS = `document.querySelector('h1').textContent.startsWith('新质生产力带动湾区创科')`;
const HEADLINE_TW = `document.querySelector('h1').textContent.startsWith('新質生產力帶動灣區創科') && document.documentElement.lang === 'zh-Hant-TW'`;

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
    const article1 = await open('/article.html');
    const articleColdMs = await timeTo(context, id, article1, 'hans', HEADLINE_HANS);
    const article2 = await open('/article.html');
    const articleWarmMs = await timeTo(context, id, article2, 'hans', HEADLINE_HANS);
    const article3 = await open('/article.html');
    const articleTaiwanMs = await timeTo(context, id, article3, 'hant', HEADLINE_TW, 'tw');
    for (const p of [article1, article2, article3]) await p.close();

    // The 5 MB page as a reader has it, terms marked: the content script lets go of its ranges
    // while the page is rewritten and reads it again afterwards.
    // The converter for hk→cn is built already (the article above): this is conversion alone.
    const huge = await open('/huge.html');
    const text = await huge.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u3400-\u9fff]/.test((n as Text).data)) all += (n as Text).data;
      return all;
    });
    await huge.evaluate(() => {
      const ps = [...document.querySelectorAll('p')].filter((p) => /[發說經國際產業]/.test(p.textContent ?? ''));
      ps.at(-1)!.id = 'bench-last';
    });
    const from = await huge.evaluate(() => performance.now());
    // Converted: the last paragraph in 简体 and the page's language set, the conversion's last step.
    const hugeMs = await timeTo(
      context,
      id,
      huge,
      'hans',
      `!/[發說經國際產業]/.test(document.getElementById('bench-last').textContent) && document.documentElement.lang === 'zh-Hans'`,
    );
    const to = await huge.evaluate(() => performance.now());
    const hugeLongestTaskMs = await longestTask(huge, from, to);
    await huge.close();

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

    const floor = await browserFloor(executablePath, server);
    return {
      articleColdMs,
      articleWarmMs,
      articleTaiwanMs,
      hugeChars: text.length,
      hugeMs,
      oneStringMs: round(baseline.oneString, 1),
      vsOneString: round(hugeMs / baseline.oneString, 2),
      hugeLongestTaskMs: round(hugeLongestTaskMs, 1),
      plainWriteMs: round(floor.plainWriteMs, 1),
      plainWriteVsOneString: round(floor.plainWriteMs / baseline.oneString, 2),
      oneNodeFrameMs: round(floor.oneNodeFrameMs, 1),
      inPageBuildMs: round(baseline.build, 1),
      inPageHeapMb: round(inPageHeapMb, 1),
    };
  } finally {
    await browser.close();
  }
}

/** What the browser itself needs on the 5 MB page, measured without the extension. */
async function browserFloor(executablePath: string, server: PageServer) {
  const browser = await launchBenchBrowser(executablePath);
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/huge.html'), { timeout: 120_000 });
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('opencc-js') });
    // No named helpers inside: the function is sent to the page as source text.
    return await page.evaluate(async () => {
      const O = (window as unknown as { OpenCC: { Converter(o: { from: string; to: string }): (s: string) => string } }).OpenCC;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u3400-\u9fff]/.test((n as Text).data)) nodes.push(n as Text);
      const converted = O.Converter({ from: 'hk', to: 'cn' })(nodes.map((n) => n.data).join('\0')).split('\0');
      // A rAF callback runs before its frame is laid out; a task it posts runs after the frame.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
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
      return { plainWriteMs: performance.now() - start, oneNodeFrameMs: frames.sort((a, b) => a - b)[2]! };
    });
  } finally {
    await browser.close();
  }
}
