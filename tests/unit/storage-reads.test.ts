/**
 * The reader imports the settings and the personal glossary's store on every Chinese page, and the
 * popover imports the store too: loading those modules must read nothing from storage. (An item
 * made with @wxt-dev/storage's `defineItem` reads its key as soon as it is made, so the reader
 * used to read the settings the bootstrap had read already, and the last import's backup, a whole
 * copy of the reader's glossary, on every page.) The reads that happen are the ones asked for.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expect, it, vi } from 'vitest';

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

it('reads nothing from storage when the settings and the personal store are loaded, and only the personal glossary when asked', async () => {
  vi.resetModules();
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const settings = await import('@/utils/settings');
  const store = await import('@/utils/personal/store');
  await flush();
  expect(get).not.toHaveBeenCalled();

  await store.loadPersonal();
  expect(get.mock.calls.flat().flat()).toEqual(['personal']);
  expect(settings.normalizeSettings(undefined)).toEqual(settings.DEFAULT_SETTINGS);
  get.mockRestore();
});
