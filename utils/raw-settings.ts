/**
 * The stored settings as they are, for the two scripts injected into pages (the bootstrap in every
 * frame, the page converter in every converting tab): read straight from storage, without the
 * settings schema, whose library would double what they evaluate. Each takes only the fields it
 * needs, falling back as `utils/settings.ts` does (tests hold them together).
 */
import { browser } from 'wxt/browser';
import { isScriptTarget, type ScriptTarget } from './convert/targets';

/** The stored settings' key in `storage.local` (utils/settings.ts's `local:settings` item). */
const KEY = 'settings';

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

/** A stored field as an object, or null. */
export const objectOf = (raw: unknown): Record<string, unknown> | null =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;

/**
 * The script the reader always wants on `host` (a site rule), or null. One damaged rule drops
 * them all, as the schema's fallback does.
 */
export function siteScriptOf(raw: unknown, host: string): ScriptTarget | null {
  const rules = objectOf(objectOf(raw)?.siteScripts);
  if (!rules || !Object.values(rules).every(isScriptTarget)) return null;
  return Object.hasOwn(rules, host) ? (rules[host] as ScriptTarget) : null;
}
