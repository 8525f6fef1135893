/**
 * The extension's own words follow the browser's language: English, Simplified and Traditional
 * Chinese. One browser per language (the UI language is fixed when the browser starts); each
 * saves a screenshot of the options page for looking at.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './extension-page';
import { popover, termCentre, useExtension, waitForHighlights, type Harness } from './harness';
import { ARTIFACT_DIR } from './paths';

const LANGUAGES = [
  {
    locale: 'zh-CN',
    explanations: 'hans',
    pinyinLabel: '拼音',
    more: '详细',
    optionsHeadings: ['设置', '我的词表', '导出与导入', '同步与数据安全', '内置词表'],
    importError: '未导入任何内容。第 2 行，"kind" 列：必须是 note、term 或 hidden。',
    // In the reader's words, never the stored field names (ownTerms[0].id).
    ruleError: '第 1 个自建词条，id：必须是文本',
    tooLarge: '文件太大（5.4 MB）；最大可接受 5 MB。',
    tooMany: '自建词条：最多可保存 10,000 条',
    trend: /^央视新闻联播：2022年每百万字0次，2023年[\d.]+次，.*；2017–2021年无数据$/,
    takeAway: '本页术语表',
  },
  {
    locale: 'zh-TW',
    explanations: 'hant',
    pinyinLabel: '拼音',
    more: '詳細',
    optionsHeadings: ['設定', '我的詞表', '匯出與匯入', '同步與資料安全', '內建詞表'],
    importError: '未匯入任何內容。第 2 行，"kind" 欄：必須是 note、term 或 hidden。',
    ruleError: '第 1 個自建詞條，id：必須是文字',
    tooLarge: '檔案太大（5.4 MB）；最大可接受 5 MB。',
    tooMany: '自建詞條：最多可儲存 10,000 筆',
    trend: /^央視新聞聯播：2022年每百萬字0次，2023年[\d.]+次，.*；2017–2021年無資料$/,
    takeAway: '本頁術語表',
  },
] as const;

for (const language of LANGUAGES) {
  describe(`UI in ${language.locale}`, () => {
    const harness: Harness = useExtension({ locale: language.locale });

    it('labels the popover and the popup in that language', async () => {
      const ext = await openExtensionPage(harness);
      await ext.setSettings({ language: language.explanations });
      const page = await harness.open('/article.html');
      await waitForHighlights(page);
      const { x, y } = await termCentre(page, '新質生產力', 1);
      await page.mouse.click(x, y);
      const card = popover(page);
      await expect.poll(() => card.locator('.readings dt').first().textContent()).toBe(language.pinyinLabel);
      await card.locator('.more').click();
      expect(await card.locator('.meaning').getAttribute('lang')).toBe(language.explanations === 'hans' ? 'zh-Hans' : 'zh-Hant');
      expect(await card.locator('[data-source="cctv"] svg').getAttribute('aria-label')).toMatch(language.trend);

      const popup = await harness.openPopupFor(page);
      await expect.poll(() => popup.locator('.page-terms h2').textContent()).toBe(language.locale === 'zh-CN' ? '本页术语' : '本頁術語');
      expect(await popup.locator('.page-glossary h2').textContent()).toBe(language.takeAway);
      await popup.close();
      await page.close();
      await ext.close();
    });

    it('titles the options page in that language, and explains an import error in it', async () => {
      const options = await harness.browser.context.newPage();
      await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
      await expect.poll(() => options.locator('main h2').allTextContents()).toEqual(language.optionsHeadings);
      expect(await options.title()).toBe(`Tifa · ${language.optionsHeadings[1]}`);
      // The line number and the column's name stay as in the file; the words around them are translated.
      await options.locator('input[name=import]').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('kind,id,term,note\nword,,新名詞,\n') });
      await expect.poll(() => options.locator('.import-export .error').textContent()).toBe(language.importError);
      const wrongId = '{"format":"tifa-personal-glossary","version":1,"notes":[],"ownTerms":[{"id":1}],"hidden":[],"deleted":[]}';
      await options.locator('input[name=import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(wrongId) });
      await expect.poll(() => options.locator('.import-export .error').textContent()).toContain(language.ruleError);
      const tooBig = Buffer.alloc(Math.round(5.4 * 1024 * 1024), ' ');
      await options.locator('input[name=import]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: tooBig });
      await expect.poll(() => options.locator('.import-export .error').textContent()).toContain(language.tooLarge);
      const ownTerms = Array.from({ length: 10_001 }, (_, i) => ({ id: `own-m${String(i).padStart(5, '0')}`, term: `詞${i}`, script: 'hant', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1 }));
      const tooMany = JSON.stringify({ format: 'tifa-personal-glossary', version: 1, notes: [], ownTerms, hidden: [], deleted: [] });
      await options.locator('input[name=import]').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(tooMany) });
      await expect.poll(() => options.locator('.import-export .error').textContent(), { timeout: 20_000 }).toContain(language.tooMany);
      await options.screenshot({ path: path.join(ARTIFACT_DIR, `options-${language.locale}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 1400 } });
      await options.close();
    });
  });
}
