/**
 * Sync across the reader's browsers, what could not be synced and why, and damaged stored data
 * kept aside. Props only.
 */
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

const REASON = {
  'too-large': 'too large for one sync item (8 KB)',
  full: 'sync storage is full (100 KB in all)',
} as const;

export function SyncPanel({ enabled, onToggle, status, labelOf, damaged, onExportDamaged, onDiscardDamaged }: SyncPanelProps) {
  return (
    <section class="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync and safety</h2>
      <label class="switch">
        <input type="checkbox" name="sync" checked={enabled} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span>Sync my glossary through the browser’s account sync</span>
      </label>
      <p class="hint">Your glossary is always kept in this browser; sync only carries a copy to your other browsers.</p>
      {enabled && status && (
        <div class="sync-status" role="status">
          <p>
            {status.synced} record{status.synced === 1 ? '' : 's'} synced, last {new Date(status.at).toLocaleTimeString()}.
          </p>
          {status.error && <p class="error">The last sync write failed: {status.error}. Everything is kept here; it will be tried again.</p>}
          {status.leftOut.length > 0 && (
            <>
              <p>Kept in this browser only, not synced:</p>
              <ul class="left-out">
                {status.leftOut.map((item) => (
                  <li key={item.key}>
                    <span lang="zh">{labelOf(item)}</span>: {REASON[item.reason]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {damaged && (
        <div class="damaged" role="alert">
          <p>
            Part of your stored glossary was damaged ({damaged.problems.join('; ')}). Everything that could be read is in use; the damaged data as it was
            found is kept aside.
          </p>
          <div class="actions">
            <button type="button" onClick={onExportDamaged}>
              Export the damaged data
            </button>
            <button type="button" onClick={onDiscardDamaged}>
              Discard it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
