/**
 * Large and faulty imports in the options page, in real Chromium with the built extension: a
 * 9,500-term file shows its progress and leaves the page answering input while it is read and
 * written; undoing it gives back exactly the glossary before it (no removal records left behind);
 * every refusal is in the reader's words, in each of the three UI languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { bigExportText } from '../fixtures/big-export';
import { useExtension } from './harness';
import { freshOptions, openOptionsTab } from './options-tab';

declare const chrome: typeof Browser;

const harness = useExtension();
let page: Page;

const bigExport = (count: number) => Buffer.from(bigExportText(count, 'own-big'));

beforeAll(async () => {
  page = await openOptionsTab(harness);
});
afterAll(() => page.close());
beforeEach(() => freshOptions(harness, page));

describe("a large import", { timeout: 180_000 }, () => {
  it('shows progress, keeps the page answering, and undo restores exactly the glossary before it', async () => {
    // The glossary before: one own term and one removal record.
    const before = {
      version: 1,
      notes: [],
      ownTerms: [{ id: 'own-mine0001', term: '東大', script: 'hant', aliases: [], pinyin: '', en: 'x', meaning: '', note: '', createdAt: 5, updatedAt: 5 }],
      hidden: [],
      deleted: [{ key: 'term:own-gone0001', at: 7 }],
    };
    await page.evaluate((personal) => chrome.storage.local.set({ personal }), before);
    await page.reload();
    const file = bigExport(9_500);
    expect(file.length).toBeGreaterThan(4_500_000);
    expect(file.length).toBeLessThan(5 * 1024 * 1024);

    // Records, in the page, whether each input event came while the import's progress was shown.
    await page.evaluate(() => {
      const w = window as unknown as { __inputs: boolean[]; __progress: boolean };
      w.__inputs = [];
      w.__progress = false;
      new MutationObserver(() => (w.__progress ||= document.querySelector('.import-export progress') !== null)).observe(document.body, { subtree: true, childList: true });
      document.addEventListener('input', (e) => {
        if ((e.target as HTMLElement).matches('input[name=search]')) w.__inputs.push(document.querySelector('.import-export progress') !== null);
      });
    });
    const search = page.locator('.my-glossary input[name=search]');
    await page.locator('input[name=import]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: file });
    await search.pressSequentially('abcdefghij');
    await expect.poll(() => page.locator('.preview').textContent(), { timeout: 30_000 }).toContain('9500 new');
    const reading = await page.evaluate(() => {
      const w = window as unknown as { __inputs: boolean[]; __progress: boolean };
      return { progress: w.__progress, inputs: w.__inputs };
    });
    expect(reading.progress).toBe(true);
    expect(reading.inputs).toContain(true); // a key typed while the file was read was handled then
    expect(await search.inputValue()).toBe('abcdefghij');
    await search.fill('');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('.import-export .message').textContent(), { timeout: 30_000 }).toContain('Imported 9500 records');
    const count = () => page.evaluate(async () => ((await chrome.storage.local.get('personal')).personal as { ownTerms: unknown[] }).ownTerms.length);
    expect(await count()).toBe(9_501);

    await page.getByRole('button', { name: 'Undo the import' }).click();
    await expect.poll(() => page.locator('.import-export .message').textContent(), { timeout: 30_000 }).toContain('undone');
    expect(await page.evaluate(async () => (await chrome.storage.local.get('personal')).personal)).toEqual(before);
  });
});

describe('refusals in the reader’s words', () => {
  it('rounds a file’s size honestly and names fields as the form does', async () => {
    const tooBig = Buffer.alloc(Math.round(5.4 * 1024 * 1024), ' ');
    await page.locator('input[name=import]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: tooBig });
    await expect.poll(() => page.locator('.import-export .error').textContent()).toContain('The file is too large (5.4 MB); the largest accepted is 5 MB.');

    const tooMany = JSON.stringify({
      format: 'tifa-personal-glossary', version: 1, notes: [], hidden: [], deleted: [],
      ownTerms: Array.from({ length: 10_001 }, (_, i) => ({ id: `own-m${String(i).padStart(5, '0')}`, term: `詞${i}`, script: 'hant', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1 })),
    });
    await page.locator('input[name=import]').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(tooMany) });
    await expect.poll(() => page.locator('.import-export .error').textContent(), { timeout: 20_000 }).toContain('Own terms: at most 10,000 can be kept');
    const wrong = '{"format":"tifa-personal-glossary","version":1,"notes":[],"ownTerms":[{"id":"own-aaaa1","term":"東大","script":"hant","aliases":[],"pinyin":"","en":"' + 'e'.repeat(201) + '","meaning":"","note":"","createdAt":1,"updatedAt":1}],"hidden":[],"deleted":[]}';
    await page.locator('input[name=import]').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
    await expect.poll(() => page.locator('.import-export .error').textContent()).toContain('Own term 1 (東大), English: must be 200 characters at most');
    const text = (await page.locator('.import-export .error').textContent())!;
    expect(text).not.toMatch(/ownTerms|\[0\]/);
  });
});
