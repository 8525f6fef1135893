/**
 * Runs long work a slice at a time so the page never stalls: each slice stops after a few
 * milliseconds and yields to the page (input, rendering, its own scripts) before the next, keeping
 * every main-thread task well under the 50 ms that counts as a long task.
 */
import { timed } from '@/utils/perf';

export const SLICE_MS = 8;

export interface SliceOptions {
  signal: AbortSignal;
  /** Milliseconds of work per slice; longer slices mean fewer repaints in between. */
  sliceMs?: number;
  /**
   * For work that yields the size of each step (characters written, say): a slice also ends once
   * this much is done, however little time it took.
   */
  sliceUnits?: number;
  /** Run the first slice now rather than after yielding (the visible part of the page). */
  startNow?: boolean;
  /** Called after each slice, and once more at the end with `done` true. */
  afterSlice?: (done: boolean) => void;
}

/**
 * Queues `fn` behind the page's own work. `scheduler.postTask` at background priority where the
 * browser has it (Chrome 94+, Firefox 142+); otherwise a plain task.
 */
function yieldThen(fn: () => void, signal: AbortSignal): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) {
    scheduler.postTask(fn, { priority: 'background', signal }).catch(() => {}); // rejects when aborted
  } else {
    const id = setTimeout(fn, 0);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}

/** Pulls `work` to its end in slices; resolves when done, or when the signal aborts. */
export function runInSlices(
  work: Iterator<unknown>,
  { signal, sliceMs = SLICE_MS, sliceUnits = Infinity, startNow = false, afterSlice }: SliceOptions,
): Promise<void> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
    const slice = () =>
      timed(() => {
        const until = performance.now() + sliceMs;
        let units = 0;
        while (units < sliceUnits && performance.now() < until) {
          const step = work.next();
          if (step.done) {
            afterSlice?.(true);
            return resolve();
          }
          if (typeof step.value === 'number') units += step.value;
        }
        afterSlice?.(false);
        yieldThen(slice, signal);
      });
    if (startNow) slice();
    else yieldThen(slice, signal);
  });
}
