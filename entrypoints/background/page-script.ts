/**
 * Page script conversion, the background's part: shows a tab in a script when the popup or the
 * keyboard shortcut asks (injecting the page converter into that tab only then), keeps the
 * page converter registered for the sites with a rule, and opens the converter page on demand.
 */
import { browser } from 'wxt/browser';
import {
  isOpenConverter,
  isSetTabScript,
  type ScriptStatus,
  type ScriptStatusRequest,
  type ShowScript,
} from '@/utils/convert/messages';
import type { PageScript } from '@/utils/convert/targets';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { benchExpose } from '@/utils/perf';
import { openConverterPage } from './converter-page';

const PAGE_CONVERTER = '/page-converter.js';
const RULES_ID = 'tifa-site-scripts';
export const TOGGLE_COMMAND = 'toggle-page-script';

export async function showInTab(tabId: number, script: PageScript): Promise<void> {
  if (script !== 'original') {
    // The converter page opens meanwhile, so the page's first request finds it ready, or waits
    // for the same opening (a failure shows there, when the page asks for it again).
    openConverterPage().catch(() => {});
    // Injected into every frame; a frame that has it already keeps its copy (and its originals).
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_CONVERTER] });
  }
  const message: ShowScript = { type: 'tifa:show-script', script };
  await browser.tabs.sendMessage(tabId, message);
}

/** The shortcut: back to the original when converted, otherwise to the script chosen last. */
async function toggle(tabId: number): Promise<void> {
  const request: ScriptStatusRequest = { type: 'tifa:script-status' };
  // The question to the tab and the settings at once: the shortcut waits for one round trip, not two.
  const [status, settings] = await Promise.all([
    browser.tabs.sendMessage(tabId, request).catch(() => undefined) as Promise<ScriptStatus | undefined>,
    loadSettings(),
  ]);
  const converted = status !== undefined && status.script !== 'original';
  await showInTab(tabId, converted ? 'original' : settings.scriptTarget);
}

/** Registers the page converter for the sites with a rule; it reads the rule itself at load. */
async function registerRules(settings: Settings): Promise<void> {
  const hosts = Object.keys(settings.siteScripts);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [RULES_ID] });
  const matches = hosts.map((host) => `*://${host}/*`);
  if (registered[0] && JSON.stringify(registered[0].matches) === JSON.stringify(matches)) return;
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [RULES_ID] });
  if (hosts.length === 0) return;
  await browser.scripting.registerContentScripts([
    // document_end: the page is parsed but not yet painted in full, so less of it shows unconverted.
    { id: RULES_ID, matches, js: [PAGE_CONVERTER], runAt: 'document_end', allFrames: true },
  ]);
}

export function setupPageScript(): void {
  // The bench triggers a conversion the way the keyboard command does (scripts/bench/peer.ts).
  benchExpose('showInTab', showInTab);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isOpenConverter(message)) return openConverterPage().then(() => true);
    if (isSetTabScript(message)) return showInTab(message.tabId, message.script).then(() => true);
    return undefined;
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_COMMAND && tab?.id !== undefined) void toggle(tab.id).catch(() => {});
  });
  // One registration change at a time: two overlapping ones would both register the same id.
  let registering = loadSettings().then(registerRules);
  watchSettings((settings) => {
    registering = registering.catch(() => {}).then(() => registerRules(settings));
  });
  registering.catch((error: unknown) => console.warn('[tifa] site script rules:', error));
}
