/**
 * Own terms meeting the bundled glossary, in real Chromium with the built extension: a warning as
 * the reader types a bundled form, a note on the bundled entry instead, the replaced entry chosen
 * by name (unknown ones refused, in the form and in imports), an own term with empty fields
 * keeping the bundled explanation; an own term's heading in the script of the page, its pinyin
 * filled in (and in the Anki export), and hidden bundled terms listed with a way back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { highlightedWhen, hoverTerm, popover, useExtension } from './harness';
import { freshOptions, openOptionsTab } from './options-tab';
import { ARTIFACT_DIR } from './paths';

declare const chrome: typeof Browser;

const harness = useExtension();
let page: Page;
type Stored = { personal?: { ownTerms: { term: string; pinyin: string; replaces?: string }[]; notes: { entryId: string; text: string }[]; hidden: { entryId: string }[] } };
const stored = () => page.evaluate(() => chrome.storage.local.get('personal')) as Promise<Stored>;
const form = () => page.locator('.my-glossary form.own-term-form');
const ownTerm = (fields: object) => ({
  id: 'own-test0001', term: '机不可失', script: 'hans', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1, ...fields,
});

beforeAll(async () => {
  page = await openOptionsTab(harness);
});
afterAll(() => page.close());
beforeEach(() => freshOptions(harness, page));

async function openForm(term: string) {
  await page.getByRole('button', { name: 'Add a term' }).click();
  await form().locator('input[name=term]').fill(term);
}

describe('an own term with a bundled form', () => {
  it('warns as the reader types, and offers a note on the bundled entry instead', async () => {
    await openForm('高质量');
    expect(await form().locator('.warning').count()).toBe(0);
    await form().locator('input[name=term]').pressSequentially('发展');
    await expect.poll(() => form().locator('.warning').textContent()).toContain('high-quality development');
    await form().screenshot({ path: path.join(ARTIFACT_DIR, 'own-term-warning.png') });
    await form().getByRole('button', { name: 'Add a note to it instead' }).click();
    const editor = page.locator('.my-glossary form.note-editor');
    await editor.locator('textarea').fill('Check the 2017 report.');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await stored()).personal?.notes).toEqual([expect.objectContaining({ entryId: 'high-quality-development', text: 'Check the 2017 report.' })]);
    expect((await stored()).personal?.ownTerms).toEqual([]);
  });

  it('picks the replaced entry by name and refuses one Tifa does not have', async () => {
    await openForm('高質量發展之路');
    const replaces = form().locator('input[name=replaces]');
    // A searchable list: headword and English, never a bare id.
    const option = await page.locator('datalist#bundled-entries option[value*="high-quality development"]').first().getAttribute('value');
    expect(option).toContain('高质量发展');
    await replaces.fill('no-such-id');
    await form().getByRole('button', { name: 'Add to my glossary' }).click();
    await expect.poll(() => form().locator('.error').textContent()).toContain('no-such-id');
    expect((await stored()).personal).toBeUndefined();
    await replaces.fill(option!);
    await form().getByRole('button', { name: 'Add to my glossary' }).click();
    await expect.poll(async () => (await stored()).personal?.ownTerms[0]?.replaces).toBe('high-quality-development');
  });

  it('refuses an import whose own term replaces an entry Tifa does not have', async () => {
    const file = { format: 'tifa-personal-glossary', version: 1, notes: [], ownTerms: [ownTerm({ replaces: 'no-such-id' })], hidden: [], deleted: [] };
    await page.locator('input[name=import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('.import-export .error').textContent()).toMatch(/机不可失.*no-such-id/);
    expect(await page.locator('.preview').count()).toBe(0);
  });

  it('keeps the bundled explanation for the fields an own term leaves empty', async () => {
    await openForm('高质量发展');
    await expect.poll(() => form().locator('.warning').count()).toBe(1);
    await form().getByRole('button', { name: 'Add to my glossary' }).click();
    await expect.poll(async () => (await stored()).personal?.ownTerms.length).toBe(1);
    const news = await harness.open('/own-hant.html');
    await highlightedWhen(news, (terms) => terms.includes('高質量發展'));
    await hoverTerm(news, '高質量發展');
    expect(await popover(news).locator('.term').textContent()).toBe('高質量發展');
    expect(await popover(news).locator('.en').textContent()).toBe('high-quality development');
    expect(await popover(news).locator('.meaning').textContent()).toMatch(/.{20}/);
    expect(await popover(news).locator('footer').textContent()).toContain('My glossary');
    await news.close();
  });
});

describe('own terms as a reader meets them', () => {
  it('shows an own term in the script of the page it is on', async () => {
    await page.evaluate((term) => chrome.storage.local.set({ personal: { version: 1, notes: [], ownTerms: [term], hidden: [], deleted: [] } }), ownTerm({ en: 'now or never' }));
    const news = await harness.open('/own-hant.html');
    await highlightedWhen(news, (terms) => terms.includes('機不可失'));
    await hoverTerm(news, '機不可失');
    expect(await popover(news).locator('.term').textContent()).toBe('機不可失');
    expect(await popover(news).locator('.term').getAttribute('lang')).toBe('zh-Hant');
    await news.close();
  });

  it('fills in the pinyin, and the Anki export carries it', async () => {
    await openForm('机不可失');
    await form().getByRole('button', { name: 'Add to my glossary' }).click();
    await expect.poll(async () => (await stored()).personal?.ownTerms[0]?.pinyin).toBe('jī bù kě shī');
    expect(await page.locator('.my-glossary tbody tr td').nth(2).textContent()).toBe('jī bù kě shī');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for Anki' }).click()]);
    const file = path.join(ARTIFACT_DIR, 'anki.txt');
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('机不可失\tjī bù kě shī\t');
  });

  it('lists hidden bundled terms in My glossary, with a way to unhide them', async () => {
    await page.evaluate(() => chrome.storage.local.set({ personal: { version: 1, notes: [], ownTerms: [], hidden: [{ entryId: 'high-quality-development', updatedAt: 1 }], deleted: [] } }));
    await page.reload();
    const row = page.locator('.my-glossary tr[data-key="hidden:high-quality-development"]');
    await expect.poll(() => row.locator('td.term').textContent()).toContain('高质量发展');
    await page.locator('.my-glossary input[name=search]').fill('high-quality');
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Unhide' }).click();
    await expect.poll(async () => (await stored()).personal?.hidden).toEqual([]);
  });
});
