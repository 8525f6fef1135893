/** Binds the popup panel to the stored settings and to the page it was opened for. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupPanel } from '@/components/PopupPanel';
import { PAGE_STATUS, type PageStatus, type PageStatusRequest } from '@/utils/messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, withSite, type Settings } from '@/utils/settings';

/** The page the popup belongs to: the active tab of the window the toolbar button is in. */
async function targetTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function fetchPageStatus(tabId: number | undefined): Promise<PageStatus | null> {
  if (tabId === undefined) return null;
  const request: PageStatusRequest = { type: PAGE_STATUS };
  // Rejects where no content script runs (browser pages, stores, file:// without access).
  return (browser.tabs.sendMessage(tabId, request) as Promise<PageStatus | undefined>).then(
    (status) => status ?? null,
    () => null,
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageStatus | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();

  const refresh = useCallback(async (tab: number | undefined) => {
    setSettings(await loadSettings());
    setPage(await fetchPageStatus(tab));
  }, []);

  useEffect(() => {
    void targetTabId().then((tab) => {
      setTabId(tab);
      void refresh(tab);
    });
  }, [refresh]);
  useEffect(() => watchSettings(() => void refresh(tabId)), [refresh, tabId]);

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const host = page?.host;
  return (
    <PopupPanel
      enabled={settings.enabled}
      page={page}
      siteEnabled={host ? !settings.disabledSites.includes(host) : true}
      onToggleEnabled={(enabled) => update({ ...settings, enabled })}
      onToggleSite={(on) => host && update(withSite(settings, host, on))}
    />
  );
}
