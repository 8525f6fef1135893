/**
 * Opens the reading companion (entrypoints/sidepanel/) beside the page: Chrome's side panel in the
 * given window, or Firefox's sidebar. Both open only in answer to a click, so the caller knows the
 * window before the click and calls this in the click's own turn (no await before it).
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  /** Chrome 116 and later. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
}

const apis = () => browser as unknown as PanelApis;

/** Whether this browser can open the companion from a click (Chrome before 116 cannot). */
export const canOpenSidePanel = () => typeof apis().sidePanel?.open === 'function' || typeof apis().sidebarAction?.open === 'function';

export function openSidePanel(windowId: number): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel?.open) return sidePanel.open({ windowId });
  if (sidebarAction?.open) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for extensions'));
}
