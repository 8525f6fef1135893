/**
 * Messages of page-script conversion. The popup and the keyboard command ask the background to
 * show a tab in a script; the background injects the page script and tells it; the page script
 * sends its text to the one converter page (an offscreen document in Chrome) and writes back.
 */
import type { PageScript, ScriptTarget, SourceScript } from './targets';

/** Popup → background: show this tab in `script` (and keep the site rule as the popup says). */
export interface SetTabScript {
  type: 'tifa:set-tab-script';
  tabId: number;
  script: PageScript;
}

/** Background → page script (every frame): show the page in `script`. */
export interface ShowScript {
  type: 'tifa:show-script';
  script: PageScript;
}

/** Popup or background → page script (top frame answers): what is shown now. */
export interface ScriptStatusRequest {
  type: 'tifa:script-status';
}
export interface ScriptStatus {
  script: PageScript;
}

/** Page script → background: make sure the converter page is open. */
export interface OpenConverter {
  type: 'tifa:open-converter';
}

/** Page script → converter page: convert these strings (`from` null: detect it from them). */
export interface ConvertRequest {
  type: 'tifa:convert';
  texts: string[];
  from: SourceScript | null;
  to: ScriptTarget;
  /** The page's `lang`, to tell Hong Kong from Taiwan text when detecting. */
  lang: string;
}
export interface ConvertResponse {
  texts: string[];
  from: SourceScript;
}

/** Background → converter page: convert one text (`to` from the menu) and put it on the clipboard. */
export interface CopyConverted {
  type: 'tifa:copy-converted';
  text: string;
  to: ScriptTarget;
}

const is =
  <T extends { type: string }>(type: T['type']) =>
  (message: unknown): message is T =>
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

export const isSetTabScript = is<SetTabScript>('tifa:set-tab-script');
export const isShowScript = is<ShowScript>('tifa:show-script');
export const isScriptStatusRequest = is<ScriptStatusRequest>('tifa:script-status');
export const isOpenConverter = is<OpenConverter>('tifa:open-converter');
export const isConvertRequest = is<ConvertRequest>('tifa:convert');
export const isCopyConverted = is<CopyConverted>('tifa:copy-converted');
