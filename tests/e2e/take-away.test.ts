/**
 * A term's rise and fall, and the page's glossary to take away, in real Chromium: the popover's
 * sparklines with their text alternative (axe-core clean), and the popup's copied and downloaded
 * glossary of the test article, which must equal `npm run explain` on its text with the same options.
 */
import '../../scripts/locale'; // before anything that loads utils/i18n (see there)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { main as explain } from '../../scripts/explain';
import { ARTICLE_HK, readArticle } from '../fixtures/articles';
import { popover, termCentre, useExtension, waitForAllHighlights, waitForHighlights } from './harness';
import { ARTIFACT_DIR } from './paths';

const harness = useExtension();
let pages: Page[] = [];
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});
const open = async (url: string) => {
  const page = await harness.open(url);
  pages.push(page);
  return page;
};

/** `npm run explain` in-process: what it prints. */
function explained(...args: string[]): string {
  let out = '';
  let err = '';
  const code = explain(args, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}

describe('a term\'s rise and fall', () => {
  it('shows sparklines with their years and a text alternative, and passes axe-core', async () => {
    const page = await open('/article.html');
    await waitForHighlights(page);
    const { x, y } = await termCentre(page, '新質生產力');
    await page.mouse.click(x, y);
    const trend = popover(page).locator('.trend');
    await expect.poll(() => trend.isVisible()).toBe(true);
    const labels = await trend.locator('svg[role="img"]').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
    // CCTV from 2022 (the term dates from September 2023), Citizen News (2017–2021) never said it, RTHK 2024–2025.
    expect(labels).toEqual([
      expect.stringMatching(/^CCTV Xinwen Lianbo: 0 per million characters in 2022, [\d.]+ in 2023, [\d.]+ in 2024, [\d.]+ in 2025, [\d.]+ in 2026; no data for 2017–2021$/),
      'Citizen News (HK): 0 per million characters in 2017, 0 in 2018, 0 in 2019, 0 in 2020, 0 in 2021; no data for 2022–2026',
      expect.stringMatching(/^RTHK: [\d.]+ per million characters in 2024, [\d.]+ in 2025; no data for 2017–2023, 2026$/),
    ]);
    expect(await trend.locator('.trend-years').textContent()).toBe('20172026');
    expect(await trend.locator('.trend-seen').textContent()).toBe('First seen 2023, last seen 2026');
    // The line is drawn: as wide as the years it covers, with a gap (dotted) where there is no data.
    const box = await trend.locator('[data-source="rthk"] polyline').boundingBox();
    expect(box!.width).toBeGreaterThan(10);
    expect(await trend.locator('[data-source="rthk"] line.no-data').count()).toBe(8);
    await popover(page).screenshot({ path: path.join(ARTIFACT_DIR, 'trend-popover.png') });

    const axeSource = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['tifa-popover']] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});

describe('the page\'s glossary to take away', () => {
  const title = readArticle(ARTICLE_HK).split('\n')[0]!.trim();

  it('copies and downloads the glossary of the test article as npm run explain prints it', async () => {
    const page = await open('/article.html');
    await waitForAllHighlights(page);
    const note = 'Ask the Beijing desk\nbefore quoting';
    const personal = { version: 1, notes: [{ entryId: 'new-quality-productive-forces', text: note, updatedAt: 1 }], ownTerms: [], hidden: [], deleted: [] };
    const notesFile = path.join(ARTIFACT_DIR, 'take-away-notes.json');
    writeFileSync(notesFile, JSON.stringify({ format: 'tifa-personal-glossary', ...personal }));

    const popup = await harness.openPopupFor(page);
    pages.push(popup);
    await popup.evaluate(
      (value) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ personal: value }),
      personal,
    );
    await popup.reload();
    const copy = popup.locator('button[name="copy-glossary"]');
    await copy.waitFor();

    // Markdown, in the reader's language (English here) and the page's script (Traditional).
    await copy.click();
    await expect.poll(() => popup.locator('.export-status').textContent()).toMatch(/^Copied: \d+ terms\.$/);
    // Read back from a web page: permissions cannot be granted to an extension's (opaque) origin.
    await harness.browser.context.grantPermissions(['clipboard-read'], { origin: new URL(page.url()).origin });
    await page.bringToFront();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(explained(ARTICLE_HK, '--lang', 'en', '--script', 'hant', '--format', 'md', '--title', title));
    expect(markdown.split('\n')[2]).toMatch(/^- \*\*新質生產力\*\* \*xīn zhì shēng chǎn lì\* — new quality productive forces \(×35\)\. /);

    // Plain text with the reader's notes, downloaded.
    await popup.locator('input[name="glossary-format"][value="text"]').check();
    await popup.locator('input[name="glossary-notes"]').check();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button[name="download-glossary"]').click()]);
    expect(download.suggestedFilename()).toBe('tifa-glossary.txt');
    const saved = path.join(ARTIFACT_DIR, 'tifa-glossary.txt');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text).toBe(explained(ARTICLE_HK, '--lang', 'en', '--script', 'hant', '--format', 'text', '--notes', notesFile, '--title', title));
    expect(text).toContain('\n  Note: Ask the Beijing desk\n    before quoting\n');
    await popup.screenshot({ path: path.join(ARTIFACT_DIR, 'take-away-popup.png'), fullPage: true });
  });
});
