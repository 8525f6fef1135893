/**
 * Reaching the frames of a tab that hold terms. A frame reports its terms to the background
 * (FRAME_TERMS), which keeps their ids per tab in session storage (its service worker may stop
 * between events; the popup reads them there too). Asking is then one message per frame, addressed
 * by frameId: a frame that is gone, or holds no content script any more, does not answer and is
 * forgotten.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { mergeStatuses, type FrameAnswer } from './frame-terms';
import { PAGE_STATUS, type PageRequest, type PageStatus } from './messages';

// A key, not `storage.defineItem`: an item reads its key from storage as soon as it is made, and
// one made per call read the list twice.
const framesKey = (tabId: number) => `session:tifaFrames${tabId}` as const;
const framesOf = async (tabId: number) => (await storage.getItem<number[]>(framesKey(tabId))) ?? [];

// One change at a time: two frames reporting together must not both read the list before either writes.
let queue: Promise<unknown> = Promise.resolve();
const change = (tabId: number, edit: (ids: number[]) => number[]) => {
  const run = queue.then(async () => storage.setItem(framesKey(tabId), edit(await framesOf(tabId))));
  queue = run.catch(() => undefined);
  return run;
};

/** A frame (not the top one) holds `terms` terms: remembered while it holds some. */
export function setFrameTerms(tabId: number, frameId: number, terms: number): Promise<void> {
  return change(tabId, (ids) => {
    const others = ids.filter((id) => id !== frameId);
    return terms > 0 ? [...others, frameId].sort((a, b) => a - b) : others;
  });
}

/** Whether frames of the tab (not the top one) hold terms. */
export const hasFrameTerms = async (tabId: number) => (await framesOf(tabId)).length > 0;

export function forgetTab(tabId: number): Promise<void> {
  return storage.removeItem(framesKey(tabId));
}

/** One frame's answer; undefined when it gives none. */
export function askFrame<T>(tabId: number, frameId: number, request: PageRequest): Promise<T | undefined> {
  return (browser.tabs.sendMessage(tabId, { ...request, frame: true }, { frameId }) as Promise<T | undefined>).catch(() => undefined);
}

/** The answers of the top frame (first) and of each frame with terms, in frame-id order. */
export async function askFrames<T>(tabId: number, request: PageRequest): Promise<FrameAnswer<T>[]> {
  const ids = [0, ...(await framesOf(tabId))];
  const answers: { frameId: number; answer: T | undefined }[] = await Promise.all(
    ids.map(async (frameId) => ({ frameId, answer: (await askFrame<T>(tabId, frameId, request)) as T | undefined })),
  );
  const silent = answers.filter((a) => a.frameId !== 0 && a.answer === undefined).map((a) => a.frameId);
  if (silent.length) void change(tabId, (ids) => ids.filter((id) => !silent.includes(id)));
  return answers.filter((a): a is FrameAnswer<T> => a.answer !== undefined);
}

/** The page's status with its frames' terms; null where no content script answers (browser pages, stores). */
export async function askTabStatus(tabId: number | undefined): Promise<PageStatus | null> {
  if (tabId === undefined) return null;
  const [top, ...frames] = await askFrames<PageStatus>(tabId, { type: PAGE_STATUS });
  return top?.frameId === 0 ? mergeStatuses(top.answer, frames) : null;
}
