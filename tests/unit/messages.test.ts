import { describe, expect, it } from 'vitest';
import { ADD_TERM, FRAME_TERMS, PAGE_STATUS, parseAddTermRequest, parseFrameTerms, parsePageRequest, parseStepTab, parseToolbarState, REVEAL, STEP_STATE, STEP_TAB, STEP_TO, TOOLBAR } from '@/utils/messages';

describe('page requests', () => {
  it('accepts the page requests and nothing else', () => {
    expect(parsePageRequest({ type: PAGE_STATUS })).toEqual({ type: PAGE_STATUS });
    expect(parsePageRequest({ type: REVEAL, id: 'x' })).toEqual({ type: REVEAL, id: 'x' });
    for (const bad of [null, 'tifa:step', {}, { type: 'tifa:step', direction: 1 }, { type: REVEAL, id: 3 }, { type: 'other' }]) {
      expect(parsePageRequest(bad)).toBeNull();
    }
  });

  it('accepts the requests addressed to one frame, and nothing else', () => {
    expect(parsePageRequest({ type: PAGE_STATUS, frame: true })).toEqual({ type: PAGE_STATUS, frame: true });
    expect(parsePageRequest({ type: PAGE_STATUS, frame: 'yes' })).toEqual({ type: PAGE_STATUS });
    expect(parsePageRequest({ type: STEP_STATE, frame: true })).toEqual({ type: STEP_STATE, frame: true });
    expect(parsePageRequest({ type: STEP_TO, index: -1, frame: true })).toEqual({ type: STEP_TO, index: -1, frame: true });
    for (const bad of [{ type: STEP_TO, index: -2 }, { type: STEP_TO, index: 1.5 }, { type: STEP_TO }]) expect(parsePageRequest(bad)).toBeNull();
  });
});

describe('frame reports and tab steps', () => {
  it('accept their own shape only', () => {
    expect(parseFrameTerms({ type: FRAME_TERMS, terms: 4 })).toEqual({ type: FRAME_TERMS, terms: 4 });
    for (const bad of [null, { type: FRAME_TERMS }, { type: FRAME_TERMS, terms: -1 }, { type: TOOLBAR, terms: 1 }]) expect(parseFrameTerms(bad)).toBeNull();
    expect(parseStepTab({ type: STEP_TAB, tabId: 3, direction: -1 })).toEqual({ type: STEP_TAB, tabId: 3, direction: -1 });
    for (const bad of [{ type: STEP_TAB, tabId: 'x', direction: 1 }, { type: STEP_TAB, tabId: 3, direction: 0 }]) expect(parseStepTab(bad)).toBeNull();
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
