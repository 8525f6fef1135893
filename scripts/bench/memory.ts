/**
 * What a tab holds after its first popover, and how soon the popover shows. On the test article,
 * with Tifa and in a browser without it: the JS heap after garbage collection once one popover
 * has been shown (Tifa's less the page's own), beside what holding the whole glossary would cost
 * (the entries parsed and kept, as every such tab did before the entries were split); and the
 * time from the pointer coming to rest on a term, plus the hover intent delay, to the first frame
 * that paints the popover, beside one frame of the same page; that again on a page whose
 * reader finds the extension's service worker stopped, as Chrome stops it after 30 s without
 * events (the popover script is injected through it).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { SHOW_DELAY_MS } from '../../entrypoints/reader/interaction';
import { stopServiceWorkers } from '../../tests/e2e/browser';
import { meteredPage, median, spread, type Spread } from './cdp';

export interface MemoryResult {
  /** Heap added by Tifa after one popover, MB. */
  afterPopoverMb: Spread;
  /** Heap a page adds by holding the whole glossary's entries, parsed, MB (what the first popover used to cost). */
  wholeGlossaryMb: number;
  /** Pointer at rest + intent delay → the frame that paints the popover, ms. */
  popoverMs: Spread;
  /** One frame of the same page (requestAnimationFrame interval), ms. */
  frameMs: number;
  /** popoverMs ÷ frameMs (medians). */
  popoverVsFrame: number;
  /** The same as popoverMs, the service worker stopped before the pointer came. */
  popoverWorkerStoppedMs: Spread;
  /** popoverWorkerStoppedMs ÷ frameMs (medians). */
  popoverWorkerStoppedVsFrame: number;
}

/** Where the first occurrence of a term Tifa marked is, in viewport coordinates (scrolled into view). */
const firstTermCentre = (page: Page) =>
  page.evaluate(() => {
    const [first] = CSS.highlights.get('tifa-term') ?? [];
    if (!first) throw new Error('no term marked');
    const range = new Range();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });

/** Records in the page when the pointer last moved and the first frame in which the popover is visible. */
const watchPopover = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __popover: Promise<[number, number]> };
    let rest = 0;
    addEventListener('pointermove', (event) => (rest = event.timeStamp), true);
    // No named helpers in here: the function is sent to the page as source text.
    w.__popover = (async (): Promise<[number, number]> => {
      for (;;) {
        const frame = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        const root = document.querySelector('tifa-popover')?.shadowRoot?.querySelector<HTMLElement>('.popover');
        if (root && !root.hidden && root.getBoundingClientRect().height > 0) return [rest, frame];
      }
    })();
  });

/** The median interval between animation frames over 30 frames, ms. */
const frameMs = (page: Page) =>
  page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 31; i++) times.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)));
    return times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b)[15]!;
  });

/** Opens the test article, read, and times its first popover (rest + intent delay → painted, ms). */
async function firstPopoverMs(page: Page, url: string, before?: (page: Page) => Promise<unknown>) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0, undefined, { polling: 100 });
  await page.waitForTimeout(500); // the rest of the page read
  await before?.(page);
  await page.mouse.move(2, 2);
  const { x, y } = await firstTermCentre(page);
  await watchPopover(page);
  await page.mouse.move(x, y, { steps: 4 });
  const [rest, painted] = await page.evaluate(() => (window as unknown as { __popover: Promise<[number, number]> }).__popover);
  return painted - (rest + SHOW_DELAY_MS);
}

export async function benchMemory(url: string, entriesJson: string, withTifa: BrowserContext, without: BrowserContext, loads: number): Promise<MemoryResult> {
  const added: number[] = [];
  const shown: number[] = [];
  const shownAsleep: number[] = [];
  const frames: number[] = [];
  let wholeGlossaryMb = 0;
  for (let i = 0; i < loads; i++) {
    const tifa = await meteredPage(withTifa);
    const plain = await meteredPage(without);
    try {
      shown.push(await firstPopoverMs(tifa.page, url, async (page) => frames.push(await frameMs(page))));
      await plain.page.goto(url);
      await plain.page.waitForTimeout(500);
      added.push((await tifa.heapMb()) - (await plain.heapMb()));
      if (i === 0) {
        const before = await plain.heapMb();
        await plain.page.evaluate((text) => void ((window as unknown as { kept: unknown }).kept = JSON.parse(text)), entriesJson);
        wholeGlossaryMb = Number(((await plain.heapMb()) - before).toFixed(2));
      }
    } finally {
      await tifa.close();
      await plain.close();
    }
    const asleep = await withTifa.newPage();
    try {
      shownAsleep.push(await firstPopoverMs(asleep, url, stopServiceWorkers));
    } finally {
      await asleep.close();
    }
  }
  const frame = median(frames);
  return {
    afterPopoverMb: spread(added, 2),
    wholeGlossaryMb,
    popoverMs: spread(shown),
    frameMs: Number(frame.toFixed(1)),
    popoverVsFrame: Number((median(shown) / frame).toFixed(2)),
    popoverWorkerStoppedMs: spread(shownAsleep),
    popoverWorkerStoppedVsFrame: Number((median(shownAsleep) / frame).toFixed(2)),
  };
}
