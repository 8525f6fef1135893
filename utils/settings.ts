/**
 * Reader settings, kept in extension storage. The popup writes them; every open tab watches
 * them and follows at once.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Tifa on or off everywhere. */
  enabled: boolean;
  /** Hostnames where the reader turned Tifa off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/**
 * Reads whatever is stored, keeping each field that is valid and using the default for one that
 * is not, so a damaged value never stops Tifa (and is not overwritten until the reader changes
 * a setting).
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => typeof site === 'string')
      : DEFAULT_SETTINGS.disabledSites,
  };
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function withSite(settings: Settings, host: string, active: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: active ? others : [...others, host].sort() };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export function saveSettings(settings: Settings): Promise<void> {
  return settingsItem.setValue(settings);
}

/** Calls `onChange` with the new settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
