import { describe, expect, it } from 'vitest';
import { ADD_TERM, PAGE_STATUS, parseAddTermRequest, parsePageRequest, parseToolbarState, REVEAL, STEP, TOOLBAR } from '@/utils/messages';

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

describe('toolbar states', () => {
  it('accepts on or off with a count or no badge, and nothing else', () => {
    expect(parseToolbarState({ type: TOOLBAR, active: true, badge: '85' })).toEqual({ type: TOOLBAR, active: true, badge: '85' });
    expect(parseToolbarState({ type: TOOLBAR, active: false, badge: '' })).toEqual({ type: TOOLBAR, active: false, badge: '' });
    for (const bad of [null, {}, { type: TOOLBAR, active: 1, badge: '' }, { type: TOOLBAR, active: true, badge: 'spam!' }, { type: TOOLBAR, active: true }]) {
      expect(parseToolbarState(bad)).toBeNull();
    }
  });
});

describe('add-term requests', () => {
  it('accepts a term with words in it, and nothing else', () => {
    expect(parseAddTermRequest({ type: ADD_TERM, term: '三个务必' })).toEqual({ type: ADD_TERM, term: '三个务必' });
    for (const bad of [null, {}, { type: ADD_TERM }, { type: ADD_TERM, term: '  ' }, { type: ADD_TERM, term: 3 }, { type: REVEAL, term: 'x' }]) {
      expect(parseAddTermRequest(bad)).toBeNull();
    }
  });
});
