/**
 * Timeline marks read by `npm run bench`, which builds with `--mode bench`. In every other build
 * the condition is false at compile time and the calls are dropped, so pages never see them.
 */
export function mark(name: 'start' | 'reading' | 'first-highlight' | 'scanned'): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`tifa:${name}`);
}
