/**
 * What the bootstrap needs of the settings: whether Tifa is on for this site, and the badge. Read
 * straight from storage without the settings schema: every frame on the web loads the bootstrap,
 * and the schema's library would double its size. The reader validates the whole settings
 * (`utils/settings.ts`); a damaged field falls back here as it does there (a test holds the two
 * together).
 */
import { browser } from 'wxt/browser';

/** The stored settings' key in `storage.local` (utils/settings.ts's `local:settings` item). */
const KEY = 'settings';

export interface Switch {
  enabled: boolean;
  disabledSites: readonly string[];
  badge: boolean;
}

export function readSwitch(raw: unknown): Switch {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sites = stored.disabledSites;
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : true,
    disabledSites: Array.isArray(sites) && sites.every((site) => typeof site === 'string') ? sites : [],
    badge: typeof stored.badge === 'boolean' ? stored.badge : true,
  };
}

export const isOn = (on: Switch, host: string) => on.enabled && !on.disabledSites.includes(host);

/** The stored settings as they are (undefined when none were saved). */
export const loadRawSettings = async (): Promise<unknown> => (await browser.storage.local.get(KEY))[KEY];

/** Calls `onChange` with the stored settings whenever they change; returns the unwatch function. */
export function watchRawSettings(onChange: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(changes[KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
