/**
 * The reading companion: the terms of the page the reader is on, as full entries, in order of
 * first appearance; it follows the reader from tab to tab and the page as it changes (the content
 * script's toolbar report says when a reading settled). Choosing "Show on the page" scrolls the page
 * to the term and opens its popover.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OwnTermCard } from '@/components/OwnTermCard';
import { TermCard } from '@/components/TermCard';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { createEntryCache } from '@/utils/glossary-files';
import { t } from '@/utils/i18n';
import { parseToolbarState, REVEAL, type PageStatus } from '@/utils/messages';
import { EMPTY_PERSONAL, loadPersonal, ownTermById, watchPersonal, type PersonalGlossary } from '@/utils/personal';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { askFrame, askTabStatus } from '@/utils/tab-frames';
import { useThemeOf } from '@/utils/ui-theme';
import { followReaderTab } from './follow';

const entriesFor = createEntryCache();

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [entries, setEntries] = useState<ReadonlyMap<string, GlossaryEntry>>(new Map());
  const [personal, setPersonal] = useState<PersonalGlossary>(EMPTY_PERSONAL);
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageStatus | null | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadPersonal().then(setPersonal);
    const stops = [followReaderTab(setTabId), watchSettings(setSettings), watchPersonal(setPersonal)];
    return () => stops.forEach((stop) => stop());
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    // The page and its frames; null where no content script runs (browser pages, stores).
    const ask = () =>
      void askTabStatus(tabId).then(async (status) => {
        if (status) setEntries(await entriesFor(status.found.map((item) => item.id)));
        if (live) setPage(status);
      });
    ask();
    // The page loaded again, or its reading settled (the content script reports to the toolbar then).
    const onUpdated = (id: number, change: { status?: string }) => id === tabId && change.status === 'complete' && ask();
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (sender.tab?.id === tabId && parseToolbarState(message)) ask();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, settings]);

  useThemeOf(settings.theme);
  const found = page?.active ? page.found : [];
  const onPage = new Set(found.map((item) => item.id));
  return (
    <main class="companion" style={{ fontSize: `${settings.fontSize}px` }}>
      {/* The browser's own panel header names Tifa already: this bar names the list. */}
      <header class="bar">
        <h1>{t('sidepanelTitle')}</h1>
        {found.length > 0 && (
          <span class="count" role="status" aria-label={t('distinctTerms', found.length)}>
            {found.length}
          </span>
        )}
      </header>
      {page === null || (page && !page.active) ? (
        <p class="empty">{t('sidepanelNoPage')}</p>
      ) : page && found.length === 0 ? (
        <p class="empty">{t('sidepanelEmpty')}</p>
      ) : (
        <ol class="terms">
          {found.map((item) => {
            const own = ownTermById(personal, item.id);
            const entry = entries.get(item.id);
            if (!own && !entry) return null;
            return (
              <li key={item.id} id={`term-${item.id}`}>
                {own ? (
                  <OwnTermCard term={own} script={item.script} language={settings.language} />
                ) : (
                  <TermCard
                    entry={entry!}
                    script={item.script}
                    language={settings.language}
                    showPinyin={settings.pinyin}
                    showJyutping={settings.jyutping}
                    related={entry!.related.flatMap((id) => (onPage.has(id) && entries.has(id) ? [{ id, term: entries.get(id)![item.script] }] : []))}
                    onRelated={(id) => document.getElementById(`term-${id}`)?.scrollIntoView({ block: 'start' })}
                    onCopy={(text) => void navigator.clipboard.writeText(text).catch(() => {})}
                  />
                )}
                <p class="back">
                  <button
                    type="button"
                    class="show"
                    onClick={() => tabId !== undefined && void askFrame(tabId, item.frameId ?? 0, { type: REVEAL, id: item.id })}
                  >
                    {t('sidepanelShow')} <span class="count">×{item.count}</span>
                  </button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
