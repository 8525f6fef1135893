import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, normalizeSettings, saveSettings, watchSettings, withSite } from '@/utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to on everywhere', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(isActiveOn(DEFAULT_SETTINGS, 'news.example')).toBe(true);
  });

  it('turns a site off and on again, and the global switch wins', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example', false);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(withSite(off, 'news.example', false).disabledSites).toEqual(['news.example']);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
  });

  it('persists and notifies watchers', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.example'] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.example'] });
    expect(seen).toEqual([false]);
    unwatch();
  });

  it('survives damaged stored values, keeping every field that is valid', async () => {
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({ enabled: 'yes', disabledSites: ['a.example', 3], language: 'hant', fontSize: 200, theme: 'dark' }),
    ).toEqual({ ...DEFAULT_SETTINGS, language: 'hant', theme: 'dark' });
    expect(normalizeSettings({ hiddenCategories: ['economy', 'sport'] }).hiddenCategories).toEqual([]);
    expect(normalizeSettings({ hiddenCategories: ['economy', 'idioms'] }).hiddenCategories).toEqual(['economy', 'idioms']);
    await fakeBrowser.storage.local.set({ settings: { enabled: false, disabledSites: 'oops' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('reads settings saved before a field existed with that field\'s default', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, disabledSites: ['old.example'] } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['old.example'] });
  });
});
