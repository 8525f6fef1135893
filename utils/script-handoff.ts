/**
 * How a content script meets the scripts the background injects into its frame on request
 * (`INJECTED_SCRIPTS`). The background runs them with `scripting.executeScript` into the frame
 * that asked, in the extension's isolated world of that frame: the same global object as the
 * asker's, which the page cannot see, and no file is web-accessible for them, so pages cannot
 * probe for them. An injected script leaves what it offers there under its name; the asker takes
 * it once the injection has finished.
 */
import { browser } from 'wxt/browser';
import { LOAD_SCRIPT, type InjectedScript, type LoadScript } from './messages';

type World = Record<symbol, unknown>;

const keyOf = (script: InjectedScript) => Symbol.for(`tifa.${script}`);

/** Called by an injected script when it is evaluated. */
export function provideScript(script: InjectedScript, offered: unknown): void {
  (globalThis as World)[keyOf(script)] = offered;
}

/**
 * Asks the background to inject `script` into this frame, then takes what it offered. Always asks:
 * after an extension update the world may still hold the old copy's offer, whose runtime is gone.
 */
export async function loadScript(script: InjectedScript): Promise<unknown> {
  const request: LoadScript = { type: LOAD_SCRIPT, script };
  await browser.runtime.sendMessage(request);
  const offered = (globalThis as World)[keyOf(script)];
  if (offered === undefined) throw new Error(`Tifa: the ${script} script did not load in this frame`);
  return offered;
}
