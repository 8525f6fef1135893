/**
 * Hover tracking for terms that have no elements of their own: hit-tests the pointer against the
 * term ranges (at most once a frame), opens the popover after a short intent delay, and closes
 * it after a grace period unless the pointer moved onto the popover.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Highlighter } from './highlights';
import type { HitStore, TermHit } from './hit-store';
import type { Popover } from './popover';

const SHOW_DELAY_MS = 90;
const HIDE_GRACE_MS = 250;

export function trackHover(
  signal: AbortSignal,
  ctx: ContentScriptContext,
  hits: HitStore,
  popover: Popover,
  highlighter: Highlighter,
): void {
  let shown: TermHit | null = null;
  let pending: TermHit | null = null;
  let timer: number | undefined;
  let frame = 0;
  let last: PointerEvent | null = null;

  const schedule = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };
  const open = (hit: TermHit) => {
    shown = hit;
    highlighter.setActive(hit.range);
    void popover.show(hit);
  };
  const close = () => {
    shown = null;
    pending = null;
    highlighter.setActive(null);
    popover.hide();
  };

  const update = () => {
    frame = 0;
    const event = last;
    if (!event) return;
    if (popover.owns(event.target)) {
      clearTimeout(timer); // the reader is on the popover: keep it
      return;
    }
    const hit = hits.hitAt(event.clientX, event.clientY);
    if (hit === shown) {
      clearTimeout(timer);
      pending = null;
    } else if (hit && hit !== pending) {
      pending = hit;
      schedule(() => open(hit), SHOW_DELAY_MS);
    } else if (!hit && (shown || pending)) {
      pending = null;
      schedule(close, HIDE_GRACE_MS);
    }
  };

  const options = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
      last = event;
      frame ||= requestAnimationFrame(update);
    },
    options,
  );
  document.documentElement.addEventListener('pointerleave', () => schedule(close, HIDE_GRACE_MS), options);
  document.addEventListener('keydown', (event) => event.key === 'Escape' && close(), options);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    close();
  });
}
