/**
 * Sync across the reader's browsers, what could not be synced and why, and damaged stored data
 * kept aside. Props only.
 */
import { t, type MessageKey } from '@/utils/i18n';
import type { DamagedCopy } from '@/utils/personal/store';
import type { LeftOut, SyncStatus } from '@/utils/personal/sync';

export interface SyncPanelProps {
  enabled: boolean;
  onToggle(enabled: boolean): void;
  status: SyncStatus | null;
  labelOf(item: LeftOut): string;
  damaged: DamagedCopy | null;
  onExportDamaged(): void;
  onDiscardDamaged(): void;
}

const REASON: Record<LeftOut['reason'], MessageKey> = {
  'too-large': 'optReasonTooLarge',
  full: 'optReasonFull',
};

export function SyncPanel({ enabled, onToggle, status, labelOf, damaged, onExportDamaged, onDiscardDamaged }: SyncPanelProps) {
  return (
    <section class="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('optSyncAndSafety')}</h2>
      <label class="switch">
        <input type="checkbox" name="sync" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span>{t('optSyncSwitch')}</span>
      </label>
      <p class="hint">{t('optSyncHint')}</p>
      {enabled && status && (
        <div class="sync-status" role="status">
          <p>{t(status.synced === 1 ? 'optSyncedOne' : 'optSyncedMany', status.synced, new Date(status.at).toLocaleTimeString())}</p>
          {status.error && <p class="error">{t('optSyncFailed', status.error)}</p>}
          {status.leftOut.length > 0 && (
            <>
              <p>{t('optNotSynced')}</p>
              <ul class="left-out">
                {status.leftOut.map((item) => (
                  <li key={item.key}>
                    <span lang="zh">{labelOf(item)}</span>: {t(REASON[item.reason])}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {damaged && (
        <div class="damaged" role="alert">
          <p>{t('optDamaged', damaged.problems.join('; '))}</p>
          <div class="actions">
            <button type="button" onClick={onExportDamaged}>
              {t('optExportDamaged')}
            </button>
            <button type="button" onClick={onDiscardDamaged}>
              {t('optDiscardDamaged')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
