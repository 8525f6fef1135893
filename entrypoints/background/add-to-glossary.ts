/**
 * "Add to my glossary" on a text selection: opens the options page in a new tab with the add form
 * prefilled (the selection, its script, the page it came from).
 *
 * A tab rather than a form on the page: it has room for the meaning and a note, needs no script
 * injected into the page (so no extra permission, and nothing a page can interfere with), and the
 * reader sees the new term in their list at once.
 */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { addFormHash } from '@/utils/personal/prefill';

const MENU_ID = 'tifa-add-to-glossary';

export function setupAddToGlossary(): void {
  // Menus persist while the extension is installed; they are (re)made on install and update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuAddTerm'), contexts: ['selection'] }, () => {
      // Reading lastError marks it handled: Chrome logs a "duplicate id" after a reload otherwise.
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const hash = addFormHash({ term: info.selectionText, source: info.pageUrl });
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html') + hash });
  });
}
