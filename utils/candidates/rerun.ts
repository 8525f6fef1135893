/**
 * When a page whose text changed has its candidates found again: once its changes settle, never
 * sooner than a couple of seconds after the last run, and at the latest some seconds after the
 * first change not yet looked at (a page that never settles: a ticker, a clock). Pure; times in ms.
 */

/** How long the page's text must stay unchanged. */
export const SETTLE_MS = 1_000;
/** The least time from the end of one run to the start of the next. */
export const MIN_GAP_MS = 2_000;
/** The longest a change waits for the page to settle. */
export const MAX_WAIT_MS = 5_000;

export interface RerunTimes {
  /** The first change since the last run began. */
  firstChange: number;
  /** The latest change. */
  lastChange: number;
  /** When the last run ended. */
  lastRun: number;
}

export function rerunAt({ firstChange, lastChange, lastRun }: RerunTimes): number {
  return Math.max(Math.min(lastChange + SETTLE_MS, firstChange + MAX_WAIT_MS), lastRun + MIN_GAP_MS);
}
