/**
 * Reader settings, kept in extension storage. The popup and the options page write them; every
 * open tab watches them and follows at once.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from './engine/glossary';
import { SCRIPT_TARGETS, TRADITIONAL_TARGETS } from './convert/targets';

const FONT_SIZE = { min: 12, max: 24 };

/**
 * Every field falls back to its default on its own when the stored value is missing or damaged,
 * so a bad field never costs the reader the others (and nothing is overwritten until the reader
 * changes a setting).
 */
const SettingsSchema = v.object({
  /** Tifa on or off everywhere. */
  enabled: v.fallback(v.boolean(), true),
  /** Hostnames where the reader turned Tifa off. */
  disabledSites: v.fallback(v.array(v.string()), []),
  /** Language of meanings and explanations: English, Simplified or Traditional Chinese. */
  language: v.fallback(v.picklist(['en', 'hans', 'hant']), 'en'),
  pinyin: v.fallback(v.boolean(), true),
  jyutping: v.fallback(v.boolean(), true),
  /** How terms are marked; 'none' marks nothing but still explains on hover. */
  highlight: v.fallback(v.picklist(['underline', 'background', 'none']), 'underline'),
  /** Every occurrence, or only the first of each term on a page. */
  density: v.fallback(v.picklist(['all', 'first']), 'all'),
  /** Open on hover, or only on hover while Alt is held. */
  trigger: v.fallback(v.picklist(['hover', 'alt']), 'hover'),
  /** Follow the page's own colours, the system's, or a fixed theme. */
  theme: v.fallback(v.picklist(['page', 'system', 'light', 'dark']), 'page'),
  /** The number of distinct terms on the page, as a badge on the toolbar button. */
  badge: v.fallback(v.boolean(), true),
  /** Formulations not in any glossary yet, marked apart (utils/candidates/). */
  candidates: v.fallback(v.boolean(), true),
  fontSize: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(FONT_SIZE.min), v.maxValue(FONT_SIZE.max)), 15),
  /** Categories whose terms are not marked. */
  hiddenCategories: v.fallback(v.array(v.picklist(Object.keys(CATEGORIES) as Category[])), []),
  /** Sites always shown in one script ("always show this site in 简体"): hostname → script. */
  siteScripts: v.fallback(v.record(v.string(), v.picklist(SCRIPT_TARGETS)), {}),
  /** The script the popup offers and the shortcut switches pages to: the last one chosen. */
  scriptTarget: v.fallback(v.picklist(SCRIPT_TARGETS), 'cn'),
  /** The Traditional variant offered for 繁體 (the popup, the "copy in 繁體" menu item). */
  traditionalVariant: v.fallback(v.picklist(TRADITIONAL_TARGETS), 'hk'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function normalizeSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null ? raw : {});
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function withSite(settings: Settings, host: string, active: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: active ? others : [...others, host].sort() };
}

// A key, not `storage.defineItem`: an item reads its key from storage as soon as it is made, and
// the reader, which imports this module on every Chinese page, has its settings from the bootstrap.
const SETTINGS = 'local:settings';

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await storage.getItem<unknown>(SETTINGS));
}

export function saveSettings(settings: Settings): Promise<void> {
  return storage.setItem(SETTINGS, settings);
}

/** Calls `onChange` with the new settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS, (value) => onChange(normalizeSettings(value)));
}
