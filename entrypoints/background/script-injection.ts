/**
 * Injects the script a frame's content script asks for (`INJECTED_SCRIPTS`: the reader, the
 * popover) into that frame only, and into the extension's isolated world (the default of
 * `executeScript`), where the asker waits for it (see `utils/script-handoff.ts`).
 */
import { browser } from 'wxt/browser';
import { INJECTED_SCRIPTS, parseLoadScript } from '@/utils/messages';

export function setupScriptInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = parseLoadScript(message);
    const tabId = sender.tab?.id;
    if (!request || tabId === undefined) return undefined;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [INJECTED_SCRIPTS[request.script]] }).then(() => true);
  });
}
