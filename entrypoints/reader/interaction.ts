/**
 * How the reader opens and closes the popover on terms that have no elements of their own:
 * - mouse: hover (after a short intent delay; with Alt held if the reader chose that), with a
 *   grace period so the pointer can travel onto the popover; leaving closes it;
 * - click or tap on a term pins it open (links keep working: a term inside a link is not pinned);
 *   a click or tap elsewhere closes it;
 * - Escape closes; Enter pins the popover opened from the keyboard and moves focus into it;
 * - while a note is being written only the popover's close button closes it (the draft is kept).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '@/utils/settings';
import type { Highlighter } from './highlights';
import type { HitStore, TermHit } from './hit-store';
import { ownsTarget, preloadPopoverScript, type Popover } from './popover';

export const SHOW_DELAY_MS = 90;
const HIDE_GRACE_MS = 250;

/** Is the reader typing? Then Tifa's keys stay out of the way. */
export function isTyping(event?: KeyboardEvent): boolean {
  if (event?.isComposing) return true; // an IME is composing
  const active = document.activeElement;
  return !!active && ((active as HTMLElement).isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
}

export function trackInteraction(
  signal: AbortSignal,
  ctx: ContentScriptContext,
  hits: HitStore,
  popover: Popover,
  highlighter: Highlighter,
  settings: () => Settings,
): { open(hit: TermHit, options: { pinned?: boolean; announce?: boolean }): void; close(): void } {
  let pending: TermHit | null = null;
  let timer: number | undefined;
  let frame = 0;
  let last: PointerEvent | null = null;

  const schedule = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };
  const open = (hit: TermHit, options: { pinned?: boolean; announce?: boolean } = {}) => {
    clearTimeout(timer);
    pending = null;
    highlighter.setActive(hit.range);
    void popover.show(hit, options);
  };
  const close = () => {
    clearTimeout(timer);
    pending = null;
    highlighter.setActive(null);
    popover.hide();
  };
  /** The hover's close, after the grace period: not if the popover was pinned meanwhile (a click, a note begun). */
  const closeUnpinned = () => !popover.pinned && close();

  const onMove = () => {
    frame = 0;
    const event = last;
    if (!event || popover.pinned) return;
    if (ownsTarget(event.target)) {
      clearTimeout(timer); // the reader is on the popover: keep it
      return;
    }
    const hit = hits.hitAt(event.clientX, event.clientY);
    const allowed = settings().trigger === 'hover' || event.altKey;
    if (hit && hit === popover.current) {
      clearTimeout(timer);
      pending = null;
    } else if (hit && allowed && hit !== pending) {
      pending = hit;
      popover.prepare(hit);
      schedule(() => open(hit), SHOW_DELAY_MS);
    } else if (!hit && (popover.current || pending)) {
      pending = null;
      schedule(closeUnpinned, HIDE_GRACE_MS);
    }
  };

  const options = { capture: true, passive: true, signal };
  // The popover script comes through the background's service worker, which Chrome stops after
  // 30 s without events; woken by the first hover, it held that popover back 18-73 ms past the
  // intent delay. So the reader's first pointer activity on the page has it loaded: a page never
  // pointed at never loads it.
  for (const type of ['pointermove', 'pointerdown']) {
    document.addEventListener(type, preloadPopoverScript, { ...options, once: true });
  }
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return; // touch has no hover: taps are clicks
      last = event;
      frame ||= requestAnimationFrame(onMove);
    },
    options,
  );
  document.documentElement.addEventListener('pointerleave', () => !popover.pinned && schedule(closeUnpinned, HIDE_GRACE_MS), options);
  document.addEventListener(
    'click',
    (event) => {
      if (ownsTarget(event.target)) return;
      const hit = hits.hitAt(event.clientX, event.clientY);
      const inLink = event.target instanceof Element && event.target.closest('a[href], button');
      if (popover.holdsDraft) return; // a note being written: only the close button closes it
      if (hit && !inLink) open(hit, { pinned: true });
      else if (popover.current) close();
    },
    options,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (!popover.current) return;
      const inner = event.composedPath()[0];
      if (inner instanceof HTMLTextAreaElement || inner instanceof HTMLInputElement) return; // writing a note
      if (event.key === 'Escape' && !popover.holdsDraft) close();
      else if (event.key === 'Enter' && !isTyping(event) && !ownsTarget(event.target)) {
        popover.pin();
        popover.focus();
      }
    },
    options,
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    close();
  });
  return { open, close };
}
