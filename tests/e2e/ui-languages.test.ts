/**
 * The extension's own words follow the browser's language: English, Simplified and Traditional
 * Chinese. One browser per language (the UI language is fixed when the browser starts); each
 * saves a screenshot of the popover for the README.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './extension-page';
import { popover, termCentre, useExtension, waitForHighlights, type Harness } from './harness';
import { SCREENSHOT_DIR } from './paths';

const LANGUAGES = [
  { locale: 'zh-CN', explanations: 'hans', pinyinLabel: '拼音', more: '详细' },
  { locale: 'zh-TW', explanations: 'hant', pinyinLabel: '拼音', more: '詳細' },
] as const;

for (const language of LANGUAGES) {
  describe(`UI in ${language.locale}`, () => {
    const harness: Harness = useExtension({ locale: language.locale });

    it('labels the popover and the popup in that language', async () => {
      const ext = await openExtensionPage(harness);
      await ext.setSettings({ language: language.explanations });
      const page = await harness.open('/seed.html');
      await waitForHighlights(page);
      const { x, y } = await termCentre(page, '新質生產力', 1);
      await page.mouse.click(x, y);
      const card = popover(page);
      await expect.poll(() => card.locator('.readings dt').first().textContent()).toBe(language.pinyinLabel);
      await card.locator('.more').click();
      expect(await card.locator('.meaning').getAttribute('lang')).toBe(language.explanations === 'hans' ? 'zh-Hans' : 'zh-Hant');
      const box = (await card.boundingBox())!;
      const top = Math.max(0, Math.min(box.y, y) - 60);
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `popover-${language.locale}.png`),
        clip: { x: 0, y: top, width: 1000, height: Math.min(720 - top, box.y + box.height + 30 - top) },
      });

      const popup = await harness.openPopupFor(page);
      await expect.poll(() => popup.locator('.page-terms h2').textContent()).toBe(language.locale === 'zh-CN' ? '本页术语' : '本頁術語');
      await popup.close();
      await page.close();
      await ext.close();
    });
  });
}
