/**
 * The page side of page-script conversion, injected only into tabs that convert: by the
 * background when the reader picks a script (popup or shortcut), and registered for the sites
 * with a rule. Tabs that never convert never load it. Runs in every frame of the tab.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isScriptStatusRequest, isShowScript, type ScriptStatus } from '@/utils/convert/messages';
import { loadRawSettings, siteScriptOf } from '@/utils/raw-settings';
import { createPageConverter } from './converter';

const INSTALLED = Symbol.for('tifa.page-converter');

export default defineUnlistedScript(() => {
  // The popup injects this file each time it is used; the isolated world keeps the first copy.
  // An extension update orphans the old copy (its runtime is gone): then this one takes over.
  const world = globalThis as { [INSTALLED]?: () => boolean };
  if (world[INSTALLED]?.()) return;
  world[INSTALLED] = () => browser.runtime?.id !== undefined;

  const converter = createPageConverter();
  /** The reader chose a script for this page: the site rule read at start must not override it. */
  let chosen = false;

  // Replies through sendResponse (with `true` while one is on its way): this file runs without
  // webextension-polyfill (wxt.config.ts), and Chrome's own API has not always taken a promise
  // returned by the listener as the reply.
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (isShowScript(message)) {
      chosen = true;
      void converter.show(message.script).then(
        () => sendResponse(true),
        (error: unknown) => (console.error(error), sendResponse(false)),
      );
      return true;
    }
    if (isScriptStatusRequest(message) && window === top) sendResponse({ script: converter.script } satisfies ScriptStatus);
    return false;
  });

  void loadRawSettings().then((raw) => {
    const rule = siteScriptOf(raw, location.hostname);
    if (rule && !chosen) void converter.show(rule);
  });
});
