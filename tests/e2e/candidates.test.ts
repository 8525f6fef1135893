/**
 * Formulations Tifa has not met yet: a page with a numbered slogan no glossary has gets it marked
 * apart (a highlight of its own), and its popover says what it looks like, shows the page's
 * sentences that use it and opens the add form prefilled. The setting turns them off. Text the page
 * adds later is looked at too, once its changes settle (or at the latest a few seconds on, for a page
 * that never stops changing), and the marks already shown stay as they are.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, type ExtensionPage } from './extension-page';
import {
  CANDIDATE_PATH,
  candidateCentre,
  candidateTexts,
  keepCandidateMarks,
  keptCandidateMarks,
  LATER_PARAGRAPH,
  LATER_PATH,
  LATER_SLOGAN,
  routeCandidatePage,
  SLOGAN,
  THIRD_SLOGAN,
  TICKER_PATH,
} from './candidate-pages';
import { popover, useExtension, waitForHighlights } from './harness';

const harness = useExtension();
let ext: ExtensionPage;
let news: Page;

beforeAll(async () => {
  await routeCandidatePage(harness.browser.context);
  ext = await openExtensionPage(harness);
  news = await harness.open(CANDIDATE_PATH);
  await waitForHighlights(news);
});
afterAll(async () => {
  await news.close();
  await ext.close();
});

describe('candidate formulations', () => {
  it('marks an unseen numbered slogan apart from the terms, each use', async () => {
    await expect.poll(() => candidateTexts(news)).toEqual([SLOGAN, SLOGAN, SLOGAN, SLOGAN]);
    const terms = await news.evaluate(() => CSS.highlights.get('tifa-term')?.size ?? 0);
    expect(terms).toBeGreaterThan(0);
  });

  it('opens a popover with the kind, the sentences and Add to my glossary, which opens the form prefilled', async () => {
    const box = await candidateCentre(news, 1);
    await news.mouse.click(box.x, box.y);
    const card = popover(news).filter({ has: news.locator('.candidate') });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.term').textContent()).toBe(SLOGAN);
    expect(await card.locator('.candidate-kind').textContent()).toContain('numbered slogan');
    const sentences = card.locator('.candidate-sentences li');
    expect(await sentences.count()).toBe(3);
    expect(await sentences.allTextContents()).toEqual(['省委全会部署“三个始终坚持”', '全会强调，要把“三个始终坚持”贯穿工作全过程，推动高质量发展。', '各级干部要深刻领会三个始终坚持的内涵。']);
    expect(await card.locator('.candidate-sentences mark').allTextContents()).toEqual([SLOGAN, SLOGAN, SLOGAN]);
    await news.screenshot({ path: 'tests/e2e/.artifacts/candidate-popover.png' });

    const opened = harness.browser.context.waitForEvent('page');
    await card.locator('.candidate-add').click();
    const form = await opened;
    await form.waitForLoadState();
    const hash = new URLSearchParams(new URL(form.url()).hash.replace(/^#add\?/, ''));
    expect(hash.get('term')).toBe(SLOGAN);
    expect(hash.get('source')).toBe(news.url());
    await form.close();
  });

  it('marks none when the reader turns them off', async () => {
    await ext.setSettings({ candidates: false });
    await expect.poll(() => candidateTexts(news)).toEqual([]);
    await ext.setSettings({ candidates: true });
    await expect.poll(() => candidateTexts(news)).toHaveLength(4);
  });
});

describe('candidates in text the page adds later', () => {
  const AT_LOAD = [SLOGAN, SLOGAN, SLOGAN, SLOGAN];
  const LATER = [LATER_SLOGAN, LATER_SLOGAN];
  const cardOf = (page: Page) => popover(page).filter({ has: page.locator('.candidate') });

  /** Opens `path` with its console errors and uncaught exceptions (the page's and Tifa's) collected. */
  async function open(path: string) {
    const page = await harness.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // Chromium asks every page for /favicon.ico, which the test server does not have.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.goto(harness.server.url(path));
    return { page, errors };
  }

  it('marks a slogan in a paragraph the page adds, keeps the marks it had and an open popover; drops the marks of text gone', async () => {
    const { page, errors } = await open(LATER_PATH);
    await expect.poll(() => candidateTexts(page)).toEqual(AT_LOAD);
    await keepCandidateMarks(page);
    // The page adds its paragraph a second after the marks appear.
    await expect.poll(() => candidateTexts(page), { timeout: 20_000 }).toEqual([...AT_LOAD, ...LATER]);
    expect(await keptCandidateMarks(page)).toBe(4);

    const box = await candidateCentre(page, 4);
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => cardOf(page).isVisible()).toBe(true);
    expect(await cardOf(page).locator('.term').textContent()).toBe(LATER_SLOGAN);
    expect(await cardOf(page).locator('.candidate-sentences li').allTextContents()).toEqual([LATER_PARAGRAPH]);
    await page.screenshot({ path: 'tests/e2e/.artifacts/candidate-added-later.png' });

    // Another slogan comes: marked, while the popover stays open on the one it shows.
    await keepCandidateMarks(page);
    await page.evaluate(() => (window as unknown as { addThird(): void }).addThird());
    await expect.poll(() => candidateTexts(page), { timeout: 20_000 }).toEqual([...AT_LOAD, ...LATER, THIRD_SLOGAN, THIRD_SLOGAN]);
    expect(await keptCandidateMarks(page)).toBe(6);
    expect(await cardOf(page).isVisible()).toBe(true);
    expect(await cardOf(page).locator('.term').textContent()).toBe(LATER_SLOGAN);

    // Its paragraph goes: its marks go, and its popover closes; the others stay.
    await page.evaluate(() => (window as unknown as { removeLater(): void }).removeLater());
    await expect.poll(() => candidateTexts(page), { timeout: 20_000 }).toEqual([...AT_LOAD, THIRD_SLOGAN, THIRD_SLOGAN]);
    expect(await cardOf(page).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its marks steady on a page that rewrites its text every 100 ms, and still finds a slogan added meanwhile', async () => {
    const { page, errors } = await open(TICKER_PATH);
    await expect.poll(() => candidateTexts(page)).toEqual(AT_LOAD);
    await keepCandidateMarks(page);
    const box = await candidateCentre(page, 0);
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => cardOf(page).isVisible()).toBe(true);
    // The ticker never lets the page settle: the paragraph is found at the longest wait.
    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    await expect.poll(() => candidateTexts(page), { timeout: 30_000 }).toEqual([...AT_LOAD, ...LATER]);
    expect(await keptCandidateMarks(page)).toBe(4);
    expect(await cardOf(page).locator('.term').textContent()).toBe(SLOGAN);
    await page.evaluate(() => (window as unknown as { stopTicker(): void }).stopTicker());
    expect(errors).toEqual([]);
    await page.close();
  });
});
