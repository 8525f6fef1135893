import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupTermSteps, stepTab } from '@/entrypoints/background/term-steps';
import { setFrameTerms } from '@/utils/tab-frames';

describe('keyboard commands', () => {
  afterEach(() => vi.restoreAllMocks());

  it('steps from the page’s last term into the first of its frame, closing the one left behind', async () => {
    await setFrameTerms(7, 3, 2);
    // The top frame has 2 terms and the second is open; frame 3 has 2 terms.
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message, options) => {
      const frameId = (options as { frameId: number }).frameId;
      if ((message as { type: string }).type === 'tifa:step-state') return frameId === 0 ? { count: 2, at: 1, typing: false } : { count: 2, at: -1, typing: false };
      return undefined;
    });
    await stepTab(7, 1);
    const steps = send.mock.calls.filter(([, m]) => (m as { type: string }).type === 'tifa:step-to');
    expect(steps.map(([tab, m, o]) => [tab, m, o])).toEqual([
      [7, { type: 'tifa:step-to', index: -1, frame: true }, { frameId: 0 }],
      [7, { type: 'tifa:step-to', index: 0, frame: true }, { frameId: 3 }],
    ]);
  });

  it('passes the next/previous commands on to the tab they were pressed in', async () => {
    // The fake browser has no commands API: capture the listener the module registers.
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => void (listener = fn as never));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ count: 1, at: -1, typing: false } as never);
    setupTermSteps();
    listener!('next-term', { id: 9 });
    listener!('something-else', { id: 9 });
    listener!('next-term', undefined);
    await vi.waitFor(() => expect(send.mock.calls.map(([, m]) => (m as { type: string }).type)).toEqual(['tifa:step-state', 'tifa:step-to']));
    expect(send.mock.calls[1]).toEqual([9, { type: 'tifa:step-to', index: 0, frame: true }, { frameId: 0 }]);
  });
});
