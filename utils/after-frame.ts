/**
 * Runs `fn` in a task just after the next frame is drawn, when the page's layout is current and
 * what changed before it is on screen. In a hidden tab no frame is drawn, so it waits until the tab
 * is shown again.
 */
export function afterNextFrame(fn: () => void, signal: AbortSignal): void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (task = setTimeout(fn, 0)));
  signal.addEventListener('abort', () => (cancelAnimationFrame(frame), clearTimeout(task)), { once: true });
}
