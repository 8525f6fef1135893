/**
 * What the bootstrap needs of the settings (utils/raw-settings.ts): whether Tifa is on for this
 * site, and the badge. The reader validates the whole settings (`utils/settings.ts`); a damaged
 * field falls back here as it does there (a test holds the two together).
 */
import { objectOf } from '@/utils/raw-settings';

export interface Switch {
  enabled: boolean;
  disabledSites: readonly string[];
  badge: boolean;
}

export function readSwitch(raw: unknown): Switch {
  const stored = objectOf(raw) ?? {};
  const sites = stored.disabledSites;
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : true,
    disabledSites: Array.isArray(sites) && sites.every((site) => typeof site === 'string') ? sites : [],
    badge: typeof stored.badge === 'boolean' ? stored.badge : true,
  };
}

export const isOn = (on: Switch, host: string) => on.enabled && !on.disabledSites.includes(host);
