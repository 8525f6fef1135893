/**
 * "Copy in 简体" / "Copy in 繁體" on a text selection: converts it with the converter page (which
 * also writes the clipboard: a service worker has no clipboard) and copies it.
 */
import { browser } from 'wxt/browser';
import type { CopyConverted } from '@/utils/convert/messages';
import { t } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';
import { openConverterPage } from './converter-page';

const TO_HANS = 'tifa-copy-hans';
const TO_HANT = 'tifa-copy-hant';

export function setupConvertSelection(): void {
  // Menus persist while the extension is installed; they are (re)made on install and update.
  browser.runtime.onInstalled.addListener(() => {
    const items: [string, string][] = [
      [TO_HANS, t('menuCopyHans')],
      [TO_HANT, t('menuCopyHant')],
    ];
    for (const [id, title] of items) {
      browser.contextMenus.create({ id, title, contexts: ['selection'] }, () => {
        void browser.runtime.lastError; // read so a "duplicate id" after a reload is not logged
      });
    }
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if ((info.menuItemId !== TO_HANS && info.menuItemId !== TO_HANT) || !info.selectionText) return;
    const text = info.selectionText;
    void (async () => {
      const to = info.menuItemId === TO_HANS ? 'cn' : (await loadSettings()).traditionalVariant;
      await openConverterPage();
      const message: CopyConverted = { type: 'tifa:copy-converted', text, to };
      await browser.runtime.sendMessage(message);
    })().catch((error: unknown) => console.warn('[tifa] copy converted selection:', error));
  });
}
