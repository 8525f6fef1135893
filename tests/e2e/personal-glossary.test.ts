/**
 * The personal glossary's options page in real Chromium with the built extension: adding,
 * editing, deleting with undo, the context menu's prefilled form, export → import round trip, a
 * malformed import changing nothing, user text shown as text, and sync within Chromium's real
 * sync-storage quotas (the fake browser of the unit tests does not enforce them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { useExtension } from './harness';
import { freshOptions, openOptionsTab, optionsUrl as optionsUrlOf } from './options-tab';
import { ARTIFACT_DIR } from './paths';

/** The extension API inside the options page, where the code given to page.evaluate runs. */
declare const chrome: typeof Browser;

const harness = useExtension();
const XSS = '<img src=x onerror="window.__pwned=1">';

let page: Page;
const optionsUrl = (hash = '') => optionsUrlOf(harness, hash);
const stored = () => page.evaluate(() => chrome.storage.local.get(null));
const rowTerms = () => page.locator('.my-glossary td.term').allTextContents();

beforeAll(async () => {
  page = await openOptionsTab(harness);
});
afterAll(() => page.close());
beforeEach(() => freshOptions(harness, page));

async function addTerm(term: string, fields: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Add a term' }).click();
  const form = page.locator('.my-glossary form.own-term-form');
  await form.locator('input[name=term]').fill(term);
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name=${name}]`).fill(value);
  await form.getByRole('button', { name: 'Add to my glossary' }).click();
  await expect.poll(rowTerms).toContain(term);
}

describe('the options page', () => {
  it('adds, edits, deletes and undoes, keeping markup as text, and keeps it all after a reload', async () => {
    await addTerm('低空經濟', { en: 'low-altitude economy', note: `see ${XSS}` });
    await addTerm('東大', { meaning: XSS });
    expect(await page.locator('.my-glossary img').count()).toBe(0);
    expect(await page.locator('.my-glossary td.text').allTextContents()).toContain(XSS);

    const row = page.locator('tr', { has: page.locator('td.term', { hasText: '東大' }) });
    await row.getByRole('button', { name: 'Edit' }).click();
    await page.locator('.my-glossary form.own-term-form [name=en]').fill('the Eastern Power');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.my-glossary td', { hasText: 'the Eastern Power' }).count()).toBe(1);

    await page.locator('tr', { has: page.locator('td.term', { hasText: '低空經濟' }) }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(rowTerms).toEqual(['東大']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await rowTerms()).sort()).toEqual(['低空經濟', '東大']);

    await page.reload();
    await expect.poll(async () => (await rowTerms()).sort()).toEqual(['低空經濟', '東大']);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'options-my-glossary.png'), fullPage: false });
  });

  it('shows a change made in another tab at once', async () => {
    const other = await harness.browser.context.newPage();
    await other.goto(optionsUrl());
    await addTerm('新名詞');
    await expect.poll(() => other.locator('.my-glossary td.term').allTextContents()).toEqual(['新名詞']);
    await other.close();
  });

  it('opens prefilled from the context menu’s link: the selection, its script, the page', async () => {
    // What the background opens for "Add to my glossary" (a native menu cannot be clicked from here),
    // in a fresh tab: a hash change alone would not load the page again.
    await page.goto('about:blank');
    await page.goto(optionsUrl('#add?term=%E4%BD%8E%E7%A9%BA%E7%B6%93%E6%BF%9F&source=http%3A%2F%2F127.0.0.1%2Farticle.html'));
    const form = page.locator('.my-glossary form.own-term-form');
    expect(await form.locator('input[name=term]').inputValue()).toBe('低空經濟');
    expect(await form.locator('select[name=script]').inputValue()).toBe('hant');
    expect(await form.locator('.source a').getAttribute('href')).toBe('http://127.0.0.1/article.html');
    await form.getByRole('button', { name: 'Add to my glossary' }).click();
    await expect.poll(rowTerms).toEqual(['低空經濟']);
    const { personal } = (await stored()) as { personal: { ownTerms: { script: string; source: string }[] } };
    expect(personal.ownTerms[0]).toMatchObject({ script: 'hant', source: 'http://127.0.0.1/article.html' });
    expect(new URL(page.url()).hash).toBe(''); // a reload does not offer to add it again
  });

  it('exports JSON and imports it back into an empty glossary, then undoes the import', async () => {
    await addTerm('低空經濟', { en: 'low-altitude economy', note: XSS });
    await page.locator('.bundled .entry-toggle').first().click(); // a row of the reference opens to its note
    await page.locator('.bundled .detail textarea').fill('My note on the first economy entry');
    await page.locator('.bundled .detail').getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.locator('.my-glossary td.term').count()).toBe(2);
    const before = ((await stored()) as { personal: unknown }).personal;

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON (complete)' }).click()]);
    const file = path.join(ARTIFACT_DIR, 'export.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^tifa-glossary-\d{4}-\d{2}-\d{2}\.json$/);

    await page.evaluate(() => chrome.storage.local.clear());
    await page.reload();
    await expect.poll(() => page.locator('.my-glossary td.term').count()).toBe(0);

    await page.locator('input[name=import]').setInputFiles(file);
    await expect.poll(() => page.locator('.preview').textContent()).toContain('2 new, 0 changed, 0 in conflict, 0 unchanged');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('.import-export .message').textContent()).toContain('Imported 2 records');
    const after = ((await stored()) as { personal: { ownTerms: { note: string; updatedAt: number }[]; notes: { updatedAt: number }[] } }).personal;
    expect(after.ownTerms[0]!.note).toBe(XSS);
    expect(after.notes).toHaveLength(1);
    // The file's times are kept (they decide conflicts and sync), not the time of the import.
    const exported = JSON.parse(readFileSync(file, 'utf8')) as typeof after;
    expect(after.ownTerms.map((t) => t.updatedAt)).toEqual(exported.ownTerms.map((t) => t.updatedAt));
    expect(after.notes.map((n) => n.updatedAt)).toEqual(exported.notes.map((n) => n.updatedAt));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject(before as object);

    await page.getByRole('button', { name: 'Undo the import' }).click();
    await expect.poll(() => page.locator('.my-glossary td.term').count()).toBe(0);
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    await addTerm('東大');
    const before = await stored();
    const files = [
      { name: 'cut.json', text: '{\n  "format": "tifa-personal-glossary",\n  "version": 1,\n  "notes": [', expect: /ends too early/ },
      { name: 'bad.csv', text: 'kind,id,term,note\nterm,,新名詞,"unclosed\n', expect: /line 2: a quoted field is never closed/ },
      { name: 'wrong.json', text: '{"format":"tifa-personal-glossary","version":1,"notes":[],"ownTerms":[{"id":1}],"hidden":[],"deleted":[]}', expect: /^Nothing was imported\. Own term 1, Id: must be text\nOwn term 1, Term: is missing\n/ },
      { name: 'future.json', text: '{"format":"tifa-personal-glossary","version":99}', expect: /newer Tifa/ },
      { name: 'xss.csv', text: `kind,id,term,note\nnote,${XSS},,x\n`, expect: /line 2, column id: must be a bundled entry id/ },
    ];
    for (const file of files) {
      await page.locator('input[name=import]').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
      await expect.poll(() => page.locator('.import-export .error').textContent(), { timeout: 5_000 }).toMatch(file.expect);
      expect(await page.locator('.preview').count()).toBe(0);
    }
    expect(await page.locator('.import-export img').count()).toBe(0);
    const big = Buffer.alloc(6 * 1024 * 1024, 'a');
    await page.locator('input[name=import]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
    await expect.poll(() => page.locator('.import-export .error').textContent()).toMatch(/too large/);
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'options-import-error.png') });
    expect(await stored()).toEqual(before);
  });
});

describe('sync, within Chromium’s real quotas', () => {
  it('counts bytes as Chromium does: an item of 8,192 bytes fits, one more is refused', async () => {
    const result = await page.evaluate(async () => {
      const key = 'tifa.p.probe';
      const value = (length: number) => '注'.repeat(Math.floor(length / 3)) + 'x'.repeat(length % 3);
      // key + JSON of a string (its quotes) + the characters' UTF-8 bytes
      const fill = 8192 - key.length - 2;
      const outcome = async (length: number) =>
        chrome.storage.sync.set({ [key]: value(length) }).then(
          () => 'ok',
          (e: Error) => e.message,
        );
      const fits = await outcome(fill);
      const over = await outcome(fill + 1);
      await chrome.storage.sync.remove(key);
      return { fits, over };
    });
    expect(result).toEqual({ fits: 'ok', over: expect.stringMatching(/QuotaBytesPerItem/i) });
  });

  it('syncs what fits, keeps the rest locally, and names it on the page', async () => {
    // 40 own terms of ~6 KB each (2,000-character notes): about 16 fit in 100 KB.
    await page.evaluate(() => {
      const ownTerms = Array.from({ length: 40 }, (_, i) => ({
        id: `own-bulk${String(i).padStart(4, '0')}`,
        term: `詞語${i}`,
        script: 'hans',
        aliases: [],
        pinyin: '',
        en: '',
        meaning: '',
        note: '注'.repeat(2000),
        createdAt: 1_000 + i,
        updatedAt: 1_000 + i,
      }));
      return chrome.storage.local.set({ personal: { version: 1, notes: [], ownTerms, hidden: [], deleted: [] } });
    });
    await page.locator('input[name=sync]').check();
    await expect.poll(() => page.locator('.sync-status').textContent(), { timeout: 20_000 }).toContain('Kept in this browser only');
    const leftOut = await page.locator('.left-out li').allTextContents();
    expect(leftOut.length).toBeGreaterThan(15);
    expect(leftOut).toContain('詞語0: sync storage is full (100 KB in all)');

    const sync = await page.evaluate(async () => ({
      total: await chrome.storage.sync.getBytesInUse(null),
      items: await chrome.storage.sync.get(null),
    }));
    expect(sync.total).toBeLessThanOrEqual(102_400);
    expect(sync.total).toBeGreaterThan(80_000);
    const syncedIds = Object.entries(sync.items)
      .filter(([key]) => key !== 'tifa.p.meta')
      .flatMap(([, chunk]) => (chunk as [string, { id: string }][]).map(([, record]) => record.id));
    expect(syncedIds).toContain('own-bulk0039'); // the most recent edits sync first
    expect(syncedIds.length + leftOut.length).toBe(40);
    // Everything is still here.
    expect(((await stored()) as { personal: { ownTerms: unknown[] } }).personal.ownTerms).toHaveLength(40);
    await page.locator('.sync').screenshot({ path: path.join(ARTIFACT_DIR, 'options-sync.png') });
  });
});
