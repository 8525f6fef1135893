import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupTermSteps } from '@/entrypoints/background/term-steps';

describe('keyboard commands', () => {
  it('passes the next/previous commands on to the tab they were pressed in', async () => {
    // The fake browser has no commands API: capture the listener the module registers.
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => void (listener = fn as never));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    setupTermSteps();
    listener!('next-term', { id: 7 });
    listener!('previous-term', { id: 7 });
    listener!('something-else', { id: 7 });
    listener!('next-term', undefined);
    expect(send.mock.calls).toEqual([
      [7, { type: 'tifa:step', direction: 1 }],
      [7, { type: 'tifa:step', direction: -1 }],
    ]);
  });
});
