/**
 * The popup's content, from props only (entrypoints/popup/App.tsx binds it to storage and the
 * current tab), so each state renders in a unit test.
 */
import type { PageStatus } from '@/utils/messages';

export interface PopupPanelProps {
  enabled: boolean;
  /** The current page's status, or null where Tifa cannot run (browser pages, the store). */
  page: PageStatus | null;
  /** Tifa is on for the current site (ignoring the global switch). */
  siteEnabled: boolean;
  onToggleEnabled(enabled: boolean): void;
  onToggleSite(enabled: boolean): void;
}

function pageSummary(page: PageStatus | null, enabled: boolean): string {
  if (!page) return 'Tifa cannot run on this page.';
  if (!page.active) return enabled ? `Off on ${page.host}.` : 'Tifa is off.';
  if (!page.chinese) return 'No Chinese text on this page.';
  if (page.terms === 0) return 'No glossary terms on this page.';
  return `${page.terms} term${page.terms === 1 ? '' : 's'} marked (${page.distinct} distinct) on this page.`;
}

export function PopupPanel({ enabled, page, siteEnabled, onToggleEnabled, onToggleSite }: PopupPanelProps) {
  return (
    <main class="panel">
      <h1>
        Tifa <span lang="zh">提法</span>
      </h1>
      <label class="switch">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled}
          onChange={(e) => onToggleEnabled(e.currentTarget.checked)}
        />
        <span>Explain jargon on all sites</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          name="site"
          checked={siteEnabled}
          disabled={!enabled || !page}
          onChange={(e) => onToggleSite(e.currentTarget.checked)}
        />
        <span>On {page?.host ?? 'this site'}</span>
      </label>
      <p class="status" role="status">
        {pageSummary(page, enabled)}
      </p>
    </main>
  );
}
