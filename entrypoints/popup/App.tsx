/** Binds the popup panel to the stored settings, the glossary, and the page it was opened for. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageScriptControl } from '@/components/PageScriptControl';
import { PageTerms } from '@/components/PageTerms';
import { PageGlossary } from './PageGlossary';
import { PopupPanel } from '@/components/PopupPanel';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { createEntryCache } from '@/utils/glossary-files';
import { REVEAL, type PageRequest, type PageStatus } from '@/utils/messages';
import { askFrame, askTabStatus } from '@/utils/tab-frames';
import type { ScriptStatus, ScriptStatusRequest, SetTabScript } from '@/utils/convert/messages';
import type { PageScript } from '@/utils/convert/targets';
import { canOpenSidePanel, openSidePanel } from '@/utils/side-panel';
import { useThemeOf } from '@/utils/ui-theme';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, withSite, type Settings } from '@/utils/settings';

/** The page the popup belongs to: the active tab of the window the toolbar button is in. */
async function targetTab(): Promise<{ id?: number; windowId?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, windowId: tab?.windowId };
}

function send(tabId: number | undefined, request: PageRequest | ScriptStatusRequest): Promise<unknown> {
  if (tabId === undefined) return Promise.resolve(undefined);
  // Rejects where no content script runs (browser pages, stores): that is an answer too.
  return browser.tabs.sendMessage(tabId, request).catch(() => undefined);
}

const entriesFor = createEntryCache();

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [page, setPage] = useState<PageStatus | null | undefined>(undefined);
  const [entries, setEntries] = useState<ReadonlyMap<string, GlossaryEntry>>(new Map());
  const [tabId, setTabId] = useState<number | undefined>();
  /** The popup's window, known before any click: the side panel opens only in the click's own turn. */
  const [windowId, setWindowId] = useState<number | undefined>();
  /** undefined until the page answers: a converted page must not show *Original* checked meanwhile. */
  const [pageScript, setPageScript] = useState<PageScript | undefined>();
  /** Until when the page is asked again and again: a conversion just asked for may not have begun. */
  const followUntil = useRef(0);
  const askPage = useRef<() => void>(() => {});

  useEffect(() => {
    let again: ReturnType<typeof setTimeout> | undefined;
    const refresh = async (tab: number | undefined) => {
      clearTimeout(again);
      setSettings(await loadSettings());
      const status = await askTabStatus(tab);
      setPage(status);
      if (status) void entriesFor(status.found.map((term) => term.id)).then(setEntries);
      // The terms come back when the conversion is done: ask until then.
      if (status?.converting || Date.now() < followUntil.current) again = setTimeout(() => void refresh(tab), 250);
      // No answer: the page converter was never injected, the page shows its own text.
      const script = (await send(tab, { type: 'tifa:script-status' })) as ScriptStatus | undefined;
      setPageScript(script?.script ?? 'original');
    };
    let unwatch = () => {};
    void targetTab().then(({ id: tab, windowId }) => {
      setTabId(tab);
      setWindowId(windowId);
      askPage.current = () => void refresh(tab);
      void refresh(tab);
      unwatch = watchSettings(() => void refresh(tab));
    });
    return () => {
      clearTimeout(again);
      unwatch();
    };
  }, []);

  useThemeOf(settings.theme);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const host = page?.host ?? null;
  /** Shows the page in `script`; with a rule for the site, the rule follows the choice. */
  const showScript = (script: PageScript, base = settings) => {
    setPageScript(script);
    followUntil.current = Date.now() + 5_000;
    setTimeout(() => askPage.current(), 250);
    if (tabId === undefined) return;
    const { [host ?? '']: rule, ...otherRules } = base.siteScripts;
    const siteScripts = rule && host ? (script === 'original' ? otherRules : { ...otherRules, [host]: script }) : base.siteScripts;
    update({ ...base, siteScripts, scriptTarget: script === 'original' ? base.scriptTarget : script });
    void browser.runtime.sendMessage({ type: 'tifa:set-tab-script', tabId, script } satisfies SetTabScript);
  };
  const scriptControl = (
    <PageScriptControl
      current={page === undefined ? undefined : page ? pageScript : null}
      variant={settings.traditionalVariant}
      host={host}
      always={host !== null && host in settings.siteScripts}
      onShow={showScript}
      onVariant={(variant) => {
        const next = { ...settings, traditionalVariant: variant };
        if (pageScript && pageScript !== 'original' && pageScript !== 'cn') showScript(variant, next);
        else update(next);
      }}
      onAlways={(on) => {
        if (!host || !pageScript || pageScript === 'original') return;
        const { [host]: _, ...otherRules } = settings.siteScripts;
        update({ ...settings, siteScripts: on ? { ...otherRules, [host]: pageScript } : otherRules });
      }}
    />
  );
  return (
    <PopupPanel
      pageScript={scriptControl}
      settings={settings}
      page={page}
      onChange={update}
      onToggleSite={(on) => page && update(withSite(settings, page.host, on))}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenSidePanel={
        windowId !== undefined && canOpenSidePanel()
          ? () => void openSidePanel(windowId).then(() => window.close(), console.error)
          : undefined
      }
    >
      {page?.active && (
        <PageTerms
          found={page.found}
          entries={entries}
          onReveal={(id) => {
            const frameId = page.found.find((item) => item.id === id)?.frameId ?? 0;
            if (tabId !== undefined) void askFrame(tabId, frameId, { type: REVEAL, id });
            window.close(); // back to the page, where the popover is now open
          }}
        />
      )}
      {/* Under the list it summarises, in the same scrolling region. */}
      {page?.active && <PageGlossary found={page.found} entries={entries} />}
    </PopupPanel>
  );
}
