import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Entrypoints built without webextension-polyfill (below). */
const BARE_API = ['content', 'reader', 'popover', 'page-converter'];

export default defineConfig({
  // modules/ is loaded by WXT itself (the glossary compile); this one adds webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The scripts that run in pages get the browser's own namespace. The bootstrap
    // (entrypoints/content/) runs in every http(s) frame on the web, and the polyfill was 10 of its
    // 17.7 KB and about 1.2 ms of every frame's script time (npm run bench: idle); the reader, on
    // every Chinese page, and the popover are evaluated while the page is read; the page converter
    // is injected each time a tab converts, and evaluating it is part of the wait for the page to
    // change script. All need only what both browsers give natively in MV3 (promise-returning
    // storage and sendMessage; the bootstrap's and the converter's message replies use
    // sendResponse). The background and the extension's pages keep webextension-polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => BARE_API.includes(entrypoint.name))) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const bare = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      config.resolve.alias = Array.isArray(alias)
        ? [bare, ...alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser')]
        : { ...alias, 'wxt/browser': '@wxt-dev/browser' };
    },
  },
  // No browser is opened by `wxt dev` on headless machines and in CI.
  webExt: { disabled: !!process.env.CI || !process.env.DISPLAY },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The UI follows the browser's language: English, Simplified or Traditional Chinese.
    default_locale: 'en',
    // Stepping through the terms of a page from the keyboard; readers can change the keys at
    // chrome://extensions/shortcuts.
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPrevious__' },
      // Switches the page between its original script and the one chosen last. Not Alt+Shift+C:
      // Chrome leaves it unassigned on a fresh profile, and New Tong Wen Tang, which many readers
      // also have, takes Alt+Shift+C, V and Z.
      'toggle-page-script': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandPageScript__' },
    },
    // storage: settings and the personal glossary (local, and sync when the reader turns it on);
    // contextMenus: "Add to my glossary" and "Copy in 简体/繁體" on a selection. No tabs.
    permissions: [
      'storage',
      'contextMenus',
      // scripting: inject the page converter into a tab only when its reader converts it, and
      // register it for the sites with a page-script rule (tabs that never convert load nothing).
      'scripting',
      // clipboardWrite: "Copy in 简体/繁體" writes the converted selection from the converter page.
      'clipboardWrite',
      // offscreen (Chrome): the one converter page serving all tabs; Firefox hosts it in its background page.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Needed by scripting to inject into pages; the same sites the content script already runs on.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Tifa' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tifa@tifa.invalid',
              // 140: first Firefox with the CSS Custom Highlight API and the data-consent key.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // 111: Vite 8's default build target; the Highlight API itself needs 105.
        { minimum_chrome_version: '111' }),
  }),
});
