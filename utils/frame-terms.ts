/**
 * The terms of a page and of its frames taken together (pure): what the popup lists, and where
 * keyboard stepping goes next. Frames come after the top frame, in the order of their frame ids
 * (the order the browser made them in, which is the page's order for frames written in its
 * markup); within a frame, terms are in document order.
 */
import type { PageStatus, StepState } from './messages';

export interface FrameAnswer<T> {
  frameId: number;
  answer: T;
}

/** The top frame's status with the terms of its frames added; each term remembers the first frame it is in. */
export function mergeStatuses(top: PageStatus, frames: readonly FrameAnswer<PageStatus>[]): PageStatus {
  const found = new Map(top.found.map((item) => [item.id, { ...item }]));
  let terms = top.terms;
  for (const { frameId, answer } of frames) {
    terms += answer.terms;
    for (const item of answer.found) {
      const seen = found.get(item.id);
      if (seen) seen.count += item.count;
      else found.set(item.id, { ...item, frameId });
    }
  }
  return { ...top, chinese: top.chinese || frames.some((f) => f.answer.chinese), terms, distinct: found.size, found: [...found.values()] };
}

export interface StepPlan {
  /** The frame to open a term in, and the term's index there. */
  frameId: number;
  index: number;
  /** A frame whose popover (opened by stepping) is to close, since the step left it. */
  close?: number;
}

/**
 * The next (1) or previous (-1) term over all frames, from the one open now (or from the start or
 * end); null while the reader is typing in a frame, or when there is no term.
 */
export function planStep(frames: readonly FrameAnswer<StepState>[], direction: 1 | -1): StepPlan | null {
  if (frames.some((f) => f.answer.typing)) return null;
  const total = frames.reduce((sum, f) => sum + f.answer.count, 0);
  if (total === 0) return null;
  let offset = 0;
  let current = -1;
  let open: number | undefined;
  for (const { frameId, answer } of frames) {
    if (current === -1 && answer.at >= 0) {
      current = offset + answer.at;
      open = frameId;
    }
    offset += answer.count;
  }
  let next = current === -1 ? (direction === 1 ? 0 : total - 1) : (current + direction + total) % total;
  for (const { frameId, answer } of frames) {
    if (next < answer.count) return { frameId, index: next, ...(open !== undefined && open !== frameId ? { close: open } : {}) };
    next -= answer.count;
  }
  return null;
}
