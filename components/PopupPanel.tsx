/**
 * The popup's content, from props only (entrypoints/popup/App.tsx binds it to storage and the
 * current tab), so each state renders in a unit test. The switches and the page-script choice sit
 * at the top, always in view; under them one scrolling region shows either the terms on this page
 * or, behind the gear, the everyday settings.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PageStatus } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { SettingsForm } from './SettingsForm';

export interface PopupPanelProps {
  settings: Settings;
  /**
   * The current page's status; null where Tifa cannot run (browser pages, the store); undefined
   * until the page answers, so no control acts on a state not yet known.
   */
  page: PageStatus | null | undefined;
  onChange(settings: Settings): void;
  onToggleSite(enabled: boolean): void;
  onOpenOptions(): void;
  /** Opens the reading companion beside the page; absent where the browser cannot. */
  onOpenSidePanel?: () => void;
  /** The terms found on the page (rendered by the caller, which has the glossary). */
  children?: ComponentChildren;
  /** The page-script control (components/PageScriptControl), shown under the switches. */
  pageScript?: ComponentChildren;
}

function pageSummary(page: PageStatus | null | undefined, enabled: boolean): string {
  if (page === undefined) return t('statusLoading');
  if (!page) return t('statusCannotRun');
  if (!page.active) return enabled ? t('statusOffOnSite', page.host) : t('statusOff');
  if (page.converting) return t('statusConverting');
  if (!page.chinese) return t('statusNoChinese');
  if (page.terms === 0) return t('statusNoTerms');
  return t('statusTerms', page.terms, page.distinct);
}

const GEAR = (
  <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="12" cy="12" r="3" />
    <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
  </svg>
);

/** A window with a panel on its right: the side panel. */
const SIDE_PANEL = (
  <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M15 4v16M17.5 8h1M17.5 11h1M17.5 14h1" />
  </svg>
);

export function PopupPanel({ settings, page, onChange, onToggleSite, onOpenOptions, onOpenSidePanel, children, pageScript }: PopupPanelProps) {
  const [showSettings, setShowSettings] = useState(false);
  const siteEnabled = page ? !settings.disabledSites.includes(page.host) : true;
  const loading = page === undefined;
  return (
    <main class="panel" aria-busy={loading}>
      <header class="bar">
        <h1>
          Tifa <span lang="zh">提法</span>
        </h1>
        <div class="bar-actions">
          {onOpenSidePanel && (
            <button type="button" class="icon-button side-panel" aria-label={t('popupSidePanel')} title={t('popupSidePanel')} onClick={onOpenSidePanel}>
              {SIDE_PANEL}
            </button>
          )}
          <button
            type="button"
            class="icon-button gear"
            aria-expanded={showSettings}
            aria-controls="popup-body"
            aria-label={t('settings')}
            title={t('settings')}
            onClick={() => setShowSettings(!showSettings)}
          >
            {GEAR}
          </button>
        </div>
      </header>
      {/* A disabled fieldset disables every control in it: nothing acts before the page answers. */}
      <fieldset class="controls" disabled={loading}>
        <label class="switch">
          <span>{t('popupEnabled')}</span>
          <input
            type="checkbox"
            role="switch"
            name="enabled"
            checked={settings.enabled}
            onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })}
          />
        </label>
        <label class="switch">
          <span class="host">{t('popupOnSite', page?.host ?? t('popupThisSite'))}</span>
          <input
            type="checkbox"
            role="switch"
            name="site"
            checked={siteEnabled}
            disabled={!settings.enabled || !page}
            onChange={(e) => onToggleSite(e.currentTarget.checked)}
          />
        </label>
        {pageScript}
      </fieldset>
      <p class={`status${loading ? ' loading' : ''}`} role="status">
        {pageSummary(page, settings.enabled)}
      </p>
      <div id="popup-body" class="body">
        {showSettings ? (
          <section class="popup-settings" aria-labelledby="popup-settings-heading">
            <h2 id="popup-settings-heading">{t('settings')}</h2>
            <SettingsForm settings={settings} onChange={onChange} />
            <button type="button" class="link all-settings" onClick={onOpenOptions}>
              {t('moreSettings')}
            </button>
          </section>
        ) : (
          children
        )}
      </div>
    </main>
  );
}
