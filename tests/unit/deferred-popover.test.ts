/**
 * The reader's stand-in for a popover whose script is still loading: what was asked of it
 * meanwhile (show, pin, focus, hide, remove) reaches the real popover once it is there, and only
 * the last wish counts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TermHit } from '@/entrypoints/reader/hit-store';
import { deferPopover, type Popover, type PopoverUi, type ShowOptions } from '@/entrypoints/reader/popover';

const hit = (id: string) => ({ term: { id } }) as unknown as TermHit;

/** A real popover that records what it was asked, and a loader the test resolves or fails. */
function setUp() {
  const calls: string[] = [];
  let current: TermHit | null = null;
  let pinned = false;
  const real: Popover = {
    prepare: (h) => void calls.push(`prepare ${h.term.id}`),
    async show(h: TermHit, options: ShowOptions = {}) {
      current = h;
      pinned = !!options.pinned;
      calls.push(`show ${h.term.id}${pinned ? ' pinned' : ''}`);
    },
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    holdsDraft: false,
    pin: () => void calls.push('pin'),
    refresh: () => void calls.push('refresh'),
    focus: () => void calls.push('focus'),
    hide: () => ((current = null), void calls.push('hide')),
    remove: () => void calls.push('remove'),
  };
  const loads: { resolve(ui: PopoverUi): void; reject(error: Error): void }[] = [];
  const load = () => new Promise<PopoverUi>((resolve, reject) => loads.push({ resolve, reject }));
  const make = vi.fn(() => real);
  const ui = {} as PopoverUi;
  return { calls, load, loads, make, ui, popover: deferPopover(make, load) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('deferPopover', () => {
  it('loads nothing until the popover is first wanted', () => {
    const { loads, make, popover } = setUp();
    popover.hide();
    popover.refresh();
    expect(popover.current).toBeNull();
    expect(loads).toHaveLength(0);
    expect(make).not.toHaveBeenCalled();
  });

  it('shows, once loaded, the term asked for meanwhile, with the pin and focus asked for since', async () => {
    const { calls, loads, make, ui, popover } = setUp();
    const shown = popover.show(hit('a'));
    expect(popover.current?.term.id).toBe('a'); // the interaction code sees it as open
    expect(popover.pinned).toBe(false);
    popover.pin();
    popover.focus();
    expect(popover.pinned).toBe(true);
    loads[0]!.resolve(ui);
    await shown;
    expect(make).toHaveBeenCalledTimes(1);
    expect(make).toHaveBeenCalledWith(ui);
    expect(calls).toEqual(['show a pinned', 'focus']);
    // From now on every call goes to the real popover, with no second load.
    popover.refresh();
    await popover.show(hit('b'));
    expect(calls.slice(2)).toEqual(['refresh', 'show b']);
    expect(loads).toHaveLength(1);
  });

  it('shows only the last term asked for, and nothing once hidden or removed', async () => {
    for (const end of ['hide', 'remove'] as const) {
      const { calls, loads, ui, popover } = setUp();
      const first = popover.show(hit('a'));
      const second = popover.show(hit('b'));
      popover[end]();
      expect(popover.current).toBeNull();
      for (const load of loads) load.resolve(ui);
      await Promise.all([first, second]);
      expect(calls).toEqual([]);
    }
  });

  it('shows the last of two terms asked for', async () => {
    const { calls, loads, ui, popover } = setUp();
    const first = popover.show(hit('a'));
    const second = popover.show(hit('b'));
    for (const load of loads) load.resolve(ui);
    await Promise.all([first, second]);
    expect(calls).toEqual(['show b']);
  });

  it('prepares once loaded, and tries again after a failed load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { calls, loads, ui, popover } = setUp();
    const shown = popover.show(hit('a'));
    loads[0]!.reject(new Error('the popover script did not load'));
    await shown;
    expect(error).toHaveBeenCalledWith(new Error('the popover script did not load'));
    expect(popover.current).toBeNull(); // the reader is not left with a popover that never shows
    popover.prepare(hit('b'));
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(ui);
    await settle();
    expect(calls).toEqual(['prepare b']);
    error.mockRestore();
  });
});
