/**
 * Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi: no
 * geckodriver and no browser download. The extension is installed as a temporary add-on (BiDi
 * webExtension.install), so the build needs no signing.
 */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { servePages, type PageServer } from '../e2e/pages';
import { ROOT } from '../e2e/paths';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3');
/** The manifest's browser_specific_settings.gecko.id. */
const ADDON_ID = 'tifa@tifa.invalid';
/** Firefox picks a random moz-extension:// host per profile; a pref pins it so tests can open the popup. */
const UUID = '5c1f0a3e-7d2b-4e61-9a8c-0f3b2d4e6a71';
export const POPUP_URL = `moz-extension://${UUID}/popup.html`;

export interface FirefoxHarness {
  browser: Browser;
  server: PageServer;
  /** Opens a test page in a new tab and waits for it to load. */
  open(path: string): Promise<Page>;
  /** Opens the popup in a tab of its own while `page` is the active tab, as the toolbar button would. */
  openPopupFor(page: Page): Promise<Page>;
}

/** Polls `check` until it returns true: some BiDi waits never settle on extension pages (see below). */
export async function until(check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function useFirefox(): FirefoxHarness {
  const harness = {} as FirefoxHarness;
  beforeAll(async () => {
    harness.server = await servePages();
    harness.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: inject('firefox'),
      headless: true,
      // Without it BiDi refuses to navigate to moz-extension:// pages ("not allowed in this context").
      args: ['--remote-allow-system-access', '--width=1000', '--height=720'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        'intl.accept_languages': 'en-US',
      },
    });
    expect(await harness.browser.installExtension(FIREFOX_EXTENSION_DIR)).toBe(ADDON_ID);
    harness.open = async (path) => {
      const page = await harness.browser.newPage();
      await page.setViewport({ width: 1000, height: 720 });
      await page.goto(harness.server.url(path), { waitUntil: 'load' });
      return page;
    };
    harness.openPopupFor = async (page) => {
      const popup = await harness.browser.newPage();
      await page.bringToFront();
      // goto() on a moz-extension:// URL loads the page but its promise never settles under
      // Firefox's BiDi (ESR 140–153): start it and poll for the loaded document instead.
      popup.goto(POPUP_URL, { timeout: 0 }).catch(() => {});
      await until(async () => (await popup.evaluate(() => location.href + document.readyState)) === `${POPUP_URL}complete`);
      return popup;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** The text of every range in Tifa's highlight. */
export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...(CSS.highlights.get('tifa-term') ?? [])].map((range) => live(range).toString());
  });

/** Centre of the first highlighted occurrence of `term`, scrolled into view. */
export async function termCentre(page: Page, term: string) {
  const point = await page.evaluate((term) => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    const range = [...(CSS.highlights.get('tifa-term') ?? [])].map(live).find((r) => r.toString() === term);
    if (!range) return null;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, term);
  if (!point) throw new Error(`${term} is not highlighted`);
  return point;
}

/** The popover's fields, read through its open shadow root; null while it is hidden or absent. */
export const popoverText = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const card = document.querySelector('tifa-popover')?.shadowRoot?.querySelector<HTMLElement>('.popover');
    return card && !card.hidden ? (card.querySelector(selector)?.textContent ?? null) : null;
  }, selector);
