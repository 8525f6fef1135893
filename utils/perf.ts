/**
 * Timeline marks and a script-time count read by `npm run bench`, which builds with
 * `--mode bench`. In every other build the condition is false at compile time and the calls
 * reduce to running the work, so pages never see any of it.
 */
const BENCH = import.meta.env.MODE === 'bench';
let scriptMs = 0;
let depth = 0;

/** Runs `work`, adding its duration to the script time (nested calls are counted once). */
export function timed<T>(work: () => T): T {
  if (!BENCH) return work();
  const start = performance.now();
  depth++;
  try {
    return work();
  } finally {
    if (--depth === 0) scriptMs += performance.now() - start;
  }
}

/** A timeline mark carrying the script time so far. */
export function mark(name: 'start' | 'reading' | 'first-highlight' | 'scanned' | 'viewport-converted' | 'converted'): void {
  if (BENCH) performance.mark(`tifa:${name}`, { detail: { scriptMs } });
}

/**
 * A number the bench sets on the page's root as `data-tifa-bench-<name>` (the conversion's slice
 * size, say); undefined in every other build, and when not set.
 */
export function benchSetting(name: string): number | undefined {
  if (!BENCH) return undefined;
  const value = Number(document.documentElement.getAttribute(`data-tifa-bench-${name}`));
  return value > 0 ? value : undefined;
}

/** Lets the bench call `fn` from the extension's service worker as `tifaBench_<name>`; nothing in other builds. */
export function benchExpose(name: string, fn: unknown): void {
  if (BENCH) (globalThis as Record<string, unknown>)[`tifaBench_${name}`] = fn;
}

/**
 * A script-time count of its own, for work the bench reports apart (the candidate formulations):
 * `timed` adds to it, `mark` records it as the mark `tifa:<name>`.
 */
export function stopwatch(name: 'candidates') {
  let ms = 0;
  return {
    timed<T>(work: () => T): T {
      if (!BENCH) return work();
      const start = performance.now();
      try {
        return timed(work);
      } finally {
        ms += performance.now() - start;
      }
    },
    mark(): void {
      if (BENCH) performance.mark(`tifa:${name}`, { detail: { scriptMs: ms } });
    },
  };
}
