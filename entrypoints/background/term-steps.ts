/**
 * The keyboard shortcuts for stepping through a page's terms, its frames' included. Commands reach
 * the extension, not the page: the background asks the top frame and each frame with terms where
 * they stand (each frame ignores the keys while the reader is typing in it), and opens the next
 * term in the frame that has it. An extension page can ask for the same step (STEP_TAB).
 */
import { browser } from 'wxt/browser';
import { planStep } from '@/utils/frame-terms';
import { parseStepTab, STEP_STATE, STEP_TO, type StepState } from '@/utils/messages';
import { askFrame, askFrames } from '@/utils/tab-frames';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-term': 1, 'previous-term': -1 };

export async function stepTab(tabId: number, direction: 1 | -1): Promise<void> {
  // No content script on this tab (a browser page): no frame answers, nothing to step through.
  const plan = planStep(await askFrames<StepState>(tabId, { type: STEP_STATE }), direction);
  if (!plan) return;
  if (plan.close !== undefined) void askFrame(tabId, plan.close, { type: STEP_TO, index: -1 });
  await askFrame(tabId, plan.frameId, { type: STEP_TO, index: plan.index });
}

export function setupTermSteps(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = DIRECTIONS[command];
    if (direction && tab?.id !== undefined) void stepTab(tab.id, direction);
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseStepTab(message);
    // Only the extension's own pages ask this; a content script has the shortcuts.
    if (request && sender.url?.startsWith(browser.runtime.getURL('/'))) return stepTab(request.tabId, request.direction);
    return undefined;
  });
}
