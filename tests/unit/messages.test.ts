import { describe, expect, it } from 'vitest';
import { PAGE_STATUS, parsePageRequest, REVEAL, STEP } from '@/utils/messages';

describe('page requests', () => {
  it('accepts the three requests and nothing else', () => {
    expect(parsePageRequest({ type: PAGE_STATUS })).toEqual({ type: PAGE_STATUS });
    expect(parsePageRequest({ type: STEP, direction: -1 })).toEqual({ type: STEP, direction: -1 });
    expect(parsePageRequest({ type: REVEAL, id: 'x' })).toEqual({ type: REVEAL, id: 'x' });
    for (const bad of [null, 'tifa:step', {}, { type: STEP, direction: 2 }, { type: REVEAL, id: 3 }, { type: 'other' }]) {
      expect(parsePageRequest(bad)).toBeNull();
    }
  });
});
