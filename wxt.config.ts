import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // modules/ is loaded by WXT itself (the glossary compile); this one adds webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // No browser is opened by `wxt dev` on headless machines and in CI.
  webExt: { disabled: !!process.env.CI || !process.env.DISPLAY },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Tifa · 提法',
    description: 'Explains Chinese policy jargon (提法) on the news pages where you read it.',
    // storage: settings. Nothing else: no tabs, no host permissions beyond the content script.
    permissions: ['storage'],
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
