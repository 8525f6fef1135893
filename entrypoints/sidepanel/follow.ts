/**
 * The tab the reading companion follows: the one the reader is on. As Chrome's side panel (or
 * Firefox's sidebar) it belongs to a window and follows that window's active tab; opened as a page
 * of its own (a tab or window showing sidepanel.html) it follows the tab activated last in any other
 * window, never itself.
 */
import { browser } from 'wxt/browser';

export function followReaderTab(onTab: (tabId: number) => void): () => void {
  let self: number | undefined;
  let ownWindow: number | undefined; // set when this is a real panel: only its window's tabs count
  let last: number | undefined;
  const consider = (tabId: number | undefined) => {
    if (tabId === undefined || tabId === self || tabId === last) return;
    last = tabId;
    onTab(tabId);
  };
  const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
    if (ownWindow === undefined || windowId === ownWindow) consider(tabId);
  };
  const onFocus = async (windowId: number) => {
    if (windowId === browser.windows.WINDOW_ID_NONE || (ownWindow !== undefined && windowId !== ownWindow)) return;
    const [tab] = await browser.tabs.query({ active: true, windowId });
    consider(tab?.id);
  };
  void (async () => {
    self = (await browser.tabs.getCurrent())?.id;
    if (self === undefined) {
      ownWindow = (await browser.windows.getCurrent()).id;
      const [tab] = await browser.tabs.query({ active: true, windowId: ownWindow });
      consider(tab?.id);
    } else {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const others = tab?.id === self ? await browser.tabs.query({ active: true }) : [tab];
      consider(others.find((other) => other && other.id !== self)?.id);
    }
  })();
  browser.tabs.onActivated.addListener(onActivated);
  browser.windows.onFocusChanged.addListener(onFocus);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.windows.onFocusChanged.removeListener(onFocus);
  };
}
