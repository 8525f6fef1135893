/**
 * The popup's content, from props only (entrypoints/popup/App.tsx binds it to storage and the
 * current tab), so each state renders in a unit test: the switches, the page's status, the terms
 * on this page, and the everyday settings.
 */
import type { ComponentChildren } from 'preact';
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
  /** The terms found on the page (rendered by the caller, which has the glossary). */
  children?: ComponentChildren;
  /** The page-script control (components/PageScriptControl), shown under the page's status. */
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

export function PopupPanel({ settings, page, onChange, onToggleSite, onOpenOptions, children, pageScript }: PopupPanelProps) {
  const siteEnabled = page ? !settings.disabledSites.includes(page.host) : true;
  return (
    <main class="panel">
      <header>
        <h1>
          Tifa <span lang="zh">提法</span>
        </h1>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('moreSettings')}
        </button>
      </header>
      <label class="switch">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })}
        />
        <span>{t('popupEnabled')}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="site"
          checked={siteEnabled}
          disabled={!settings.enabled || !page}
          onChange={(e) => onToggleSite(e.currentTarget.checked)}
        />
        <span>{t('popupOnSite', page?.host ?? t('popupThisSite'))}</span>
      </label>
      <p class="status" role="status">
        {pageSummary(page, settings.enabled)}
      </p>
      {page !== undefined && pageScript}
      {children}
      <details class="settings-box">
        <summary>{t('settings')}</summary>
        <SettingsForm settings={settings} onChange={onChange} />
      </details>
    </main>
  );
}
