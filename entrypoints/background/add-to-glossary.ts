/**
 * "Add to my glossary" on a text selection, or from a candidate formulation's popover: opens the options page in a new tab with the add form
 * prefilled (the selection, its script, the page it came from).
 *
 * A tab rather than a form on the page: it has room for the meaning and a note, needs no script
 * injected into the page (so no extra permission, and nothing a page can interfere with), and the
 * reader sees the new term in their list at once.
 */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { parseAddTermRequest } from '@/utils/messages';
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
  const openForm = (term: string, source?: string) =>
    browser.tabs.create({ url: browser.runtime.getURL('/options.html') + addFormHash({ term, source }) });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void openForm(info.selectionText, info.pageUrl);
  });
  // The page is the sender's tab, not what the page says it is.
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseAddTermRequest(message);
    return request ? openForm(request.term, sender.tab?.url).then(() => true) : undefined;
  });
}
