import { describe, expect, it } from 'vitest';
import { mergeStatuses, planStep } from '@/utils/frame-terms';
import type { PageStatus, StepState } from '@/utils/messages';

const status = (found: PageStatus['found'], chinese = true): PageStatus => ({
  host: 'news.example', active: true, converting: false, chinese, terms: found.reduce((n, f) => n + f.count, 0), distinct: found.length, found,
});
const frames = (...states: [number, number, number, boolean?][]) =>
  states.map(([frameId, count, at, typing]) => ({ frameId, answer: { count, at, typing: typing ?? false } satisfies StepState }));

describe('the terms of a page and its frames', () => {
  it('adds each frame’s terms to the page’s, remembering the first frame a term is in', () => {
    const merged = mergeStatuses(status([{ id: 'a', count: 1, script: 'hant' }]), [
      { frameId: 5, answer: status([{ id: 'b', count: 2, script: 'hant' }, { id: 'a', count: 1, script: 'hans' }]) },
      { frameId: 9, answer: status([{ id: 'b', count: 1, script: 'hans' }, { id: 'c', count: 1, script: 'hans' }]) },
    ]);
    expect(merged).toMatchObject({ terms: 6, distinct: 3, host: 'news.example' });
    expect(merged.found).toEqual([
      { id: 'a', count: 2, script: 'hant' },
      { id: 'b', count: 3, script: 'hant', frameId: 5 },
      { id: 'c', count: 1, script: 'hans', frameId: 9 },
    ]);
    expect(mergeStatuses(status([], false), [{ frameId: 3, answer: status([{ id: 'a', count: 1, script: 'hans' }]) }]).chinese).toBe(true);
  });

  it('steps from the page’s terms into each frame’s in turn, and around', () => {
    // Top frame: 1 term, frame 4: 4 terms, frame 7: 1 term.
    expect(planStep(frames([0, 1, -1], [4, 4, -1], [7, 1, -1]), 1)).toEqual({ frameId: 0, index: 0 });
    expect(planStep(frames([0, 1, -1], [4, 4, -1], [7, 1, -1]), -1)).toEqual({ frameId: 7, index: 0 });
    expect(planStep(frames([0, 1, 0], [4, 4, -1], [7, 1, -1]), 1)).toEqual({ frameId: 4, index: 0, close: 0 });
    expect(planStep(frames([0, 1, -1], [4, 4, 2], [7, 1, -1]), 1)).toEqual({ frameId: 4, index: 3 });
    expect(planStep(frames([0, 1, -1], [4, 4, 3], [7, 1, -1]), 1)).toEqual({ frameId: 7, index: 0, close: 4 });
    expect(planStep(frames([0, 1, -1], [4, 4, -1], [7, 1, 0]), 1)).toEqual({ frameId: 0, index: 0, close: 7 });
    expect(planStep(frames([0, 1, 0], [4, 4, -1], [7, 1, -1]), -1)).toEqual({ frameId: 7, index: 0, close: 0 });
  });

  it('does nothing while the reader types in any frame, or when there is no term', () => {
    expect(planStep(frames([0, 1, -1], [4, 4, -1, true]), 1)).toBeNull();
    expect(planStep(frames([0, 0, -1]), 1)).toBeNull();
    expect(planStep([], 1)).toBeNull();
  });
});
