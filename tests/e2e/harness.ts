/**
 * What every real-browser test file needs: Chromium with the built extension, the test pages
 * served locally, and a few ways to look at the page as a reader would.
 */
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { servePages, type PageServer } from './pages';
import { ARTIFACT_DIR } from './paths';

export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
  open(path: string): Promise<Page>;
  /** Opens the popup as the toolbar button would, for `page`. */
  openPopupFor(page: Page): Promise<Page>;
}

/** Starts Chromium and the page server for the tests of one file. */
export function useExtension(options: LaunchOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    harness.server = await servePages();
    harness.browser = await launchWithExtension(inject('chromium'), options);
    harness.open = async (path) => {
      const page = await harness.browser.context.newPage();
      await page.goto(harness.server.url(path));
      return page;
    };
    // Automation has no toolbar: the popup loads in a background tab while `page` is the active
    // tab of the window, which is what the popup asks the browser for.
    harness.openPopupFor = async (page) => {
      const popup = await harness.browser.context.newPage();
      await page.bringToFront();
      await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html`);
      return popup;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

type Target = Page | Frame;

/** The text of every range in Tifa's highlight, as the page sees it (they are StaticRanges: read through a Range). */
export const highlighted = (target: Target) =>
  target.evaluate(() => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...(CSS.highlights.get('tifa-term') ?? [])].map((range) => live(range).toString());
  });

export const highlightCount = (target: Target) =>
  target.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0);

export const waitForHighlights = (target: Target, atLeast = 1) =>
  target.waitForFunction((n) => (CSS.highlights.get('tifa-term')?.size ?? 0) >= n, atLeast, { timeout: 20_000 });

/** Waits until the page is fully marked: some terms, and their count unchanged over half a second. */
export async function waitForAllHighlights(target: Target): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const count = await highlightCount(target);
      const settled = count > 0 && count === last;
      last = count;
      return settled;
    }, { timeout: 20_000, interval: 500 })
    .toBe(true);
}

/** Waits until the highlighted terms satisfy `check`, then returns them. */
export async function highlightedWhen(target: Target, check: (terms: string[]) => boolean): Promise<string[]> {
  await expect.poll(async () => check(await highlighted(target)), { timeout: 10_000 }).toBe(true);
  return highlighted(target);
}

/**
 * The line boxes of the n-th highlighted occurrence of `term` (white space ignored), scrolled into
 * view, in viewport coordinates; null when there is none.
 */
export const termBoxes = (target: Target, term: string, nth = 0) =>
  target.evaluate(
    ([term, nth]) => {
      const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
      const range = [...(CSS.highlights.get('tifa-term') ?? [])].map(live).filter((r) => r.toString().replace(/\s/g, '') === term)[nth as number];
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      return [...range.getClientRects()].map(({ left, top, width, height }) => ({ left, top, width, height }));
    },
    [term, nth] as const,
  );

/**
 * Centre of the n-th highlighted occurrence of `term`, scrolled into view, in viewport coordinates.
 * Waits for it: the page is read in slices, visible part first, so a term further down is marked
 * a little after the first highlights (a loaded machine stretches that).
 */
export async function termCentre(target: Target, term: string, nth = 0) {
  let box: { left: number; top: number; width: number; height: number } | undefined;
  const deadline = Date.now() + 10_000;
  while (!([box] = (await termBoxes(target, term, nth)) ?? [])[0] && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!box) throw new Error(`${term} is not highlighted`);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

export const popover = (target: Target) => target.locator('tifa-popover .popover');

/**
 * Hovers the n-th occurrence of `term` and waits for its popover (`timeout`: longer for huge
 * pages, where the wait can outlast the default under load).
 */
export async function hoverTerm(page: Page, term: string, nth = 0, timeout?: number) {
  await page.mouse.move(2, 2);
  const { x, y } = await termCentre(page, term, nth);
  await page.mouse.move(x, y, { steps: 4 });
  await expect.poll(() => popover(page).isVisible(), timeout ? { timeout } : undefined).toBe(true);
  return { x, y };
}
