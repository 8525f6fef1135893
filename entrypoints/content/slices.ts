/**
 * Runs long work a slice at a time so the page never stalls: each slice stops after a few
 * milliseconds and the rest waits for idle time (or, on a page that is never idle, a timeout),
 * keeping every main-thread task well under the 50 ms that counts as a long task.
 */
export const SLICE_MS = 8;

export interface SliceOptions {
  signal: AbortSignal;
  /** Run the first slice now rather than in the next idle period (the visible part of the page). */
  startNow?: boolean;
}

/** Pulls `work` to its end in slices; resolves when done, or when the signal aborts. */
export function runInSlices(work: Iterator<unknown>, { signal, startNow = false }: SliceOptions): Promise<void> {
  return new Promise((resolve) => {
    const slice = () => {
      if (signal.aborted) return resolve();
      const until = performance.now() + SLICE_MS;
      while (performance.now() < until) {
        if (work.next().done) return resolve();
      }
      later(slice);
    };
    const later = (fn: () => void) => {
      const id = requestIdleCallback(fn, { timeout: 100 });
      signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
    };
    if (startNow) slice();
    else later(slice);
  });
}
