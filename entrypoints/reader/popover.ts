/**
 * The reader's side of the popovers. Their UI (Preact, Floating UI, the cards: about half of what
 * the reader would otherwise evaluate on every Chinese page) is a script of its own,
 * `entrypoints/popover/`, injected into the frame the first time the reader points at a term or
 * opens one from the keyboard or the popup (see `utils/script-handoff.ts`). Until it is there a
 * stand-in answers for the popover and keeps what was asked of it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Candidate } from '@/utils/candidates/detect';
import type { SentencePart } from '@/utils/candidates/sentences';
import type { PersonalGlossary } from '@/utils/personal';
import { loadScript, provideScript } from '@/utils/script-handoff';
import type { Settings } from '@/utils/settings';
import type { EntryStore } from './entry-store';
import type { TermHit } from './hit-store';

/** The host element of either popover: the page reader skips it, and a click in it is Tifa's own. */
export const POPOVER_HOST = 'tifa-popover';

/** True when the event target is Tifa's own UI (either popover: they share the host's name). */
export const ownsTarget = (target: EventTarget | null) => target instanceof Element && target.localName === POPOVER_HOST;

export interface ShowOptions {
  /** Stays open until closed (a click, Enter, or a tap), rather than closing when the pointer leaves. */
  pinned?: boolean;
  /** Opened from the keyboard: announced to screen readers. */
  announce?: boolean;
}

export interface Popover {
  /**
   * The pointer has come onto `hit`: what the popover needs is made ready during the hover's
   * intent delay, so that the popover shows in the frame after it.
   */
  prepare(hit: TermHit): void;
  show(hit: TermHit, options?: ShowOptions): Promise<void>;
  /** The term shown now, if any. */
  readonly current: TermHit | null;
  readonly pinned: boolean;
  /** A note is being written in it: only its close button closes it (the draft is kept even then). */
  readonly holdsDraft: boolean;
  pin(): void;
  /** Draws the open popover again (the reader's notes changed). */
  refresh(): void;
  /** Moves keyboard focus into the popover; closing gives it back. */
  focus(): void;
  hide(): void;
  /** Takes the popover off the page (the reading it belonged to ended). */
  remove(): void;
}

/** What the term's popover reads. */
export interface PopoverSources {
  entries: EntryStore;
  settings(): Settings;
  personal(): PersonalGlossary;
}

/** What a candidate's popover shows, found on the page. */
export interface CandidateDetails {
  candidate: Candidate;
  sentences: readonly (readonly SentencePart[])[];
}

/** What the popover script offers. */
export interface PopoverUi {
  createPopover(ctx: ContentScriptContext, sources: PopoverSources): Popover;
  createCandidatePopover(
    ctx: ContentScriptContext,
    details: (hit: TermHit) => CandidateDetails | undefined,
    settings: () => Settings,
  ): Popover;
}

/** Called by the popover script when it is evaluated. */
export const providePopoverUi = (ui: PopoverUi): void => provideScript('popover', ui);

let ui: Promise<PopoverUi> | null = null;
/** The popover script, asked for once by this reader (and again after a failure). */
const loadPopoverScript = () =>
  (ui ??= (loadScript('popover') as Promise<PopoverUi>).catch((error: unknown) => {
    ui = null;
    throw error;
  }));

/** Starts loading the popover script ahead of the first popover; a failure is met again, and shown, by that popover. */
export const preloadPopoverScript = (): void => void loadPopoverScript().catch(() => {});

/**
 * A popover whose UI is loaded (by `loadUi`, the popover script unless a test gives another) when
 * it is first prepared or shown; `make` then creates the real one. A show asked for meanwhile is
 * carried out once it is there, unless hidden since.
 */
export function deferPopover(make: (ui: PopoverUi) => Popover, loadUi: () => Promise<PopoverUi> = loadPopoverScript): Popover {
  let real: Popover | null = null;
  let removed = false;
  let wanted: { hit: TermHit; options: ShowOptions; focus: boolean } | null = null;
  const load = () => loadUi().then((loaded) => (real ??= make(loaded)));
  const failed = (error: unknown) => {
    wanted = null;
    console.error(error);
  };
  return {
    prepare(hit) {
      if (real) real.prepare(hit);
      else load().then((popover) => !removed && popover.prepare(hit), failed);
    },
    get current() {
      return real ? real.current : (wanted?.hit ?? null);
    },
    get pinned() {
      return real ? real.pinned : !!wanted?.options.pinned;
    },
    get holdsDraft() {
      return real?.holdsDraft ?? false;
    },
    async show(hit, options = {}) {
      if (real) return real.show(hit, options);
      const asked = (wanted = { hit, options: { ...options }, focus: false });
      const popover = await load().catch(failed);
      if (!popover || wanted !== asked || removed) return;
      wanted = null;
      await popover.show(hit, asked.options);
      if (asked.focus) popover.focus();
    },
    pin() {
      if (real) real.pin();
      else if (wanted) wanted.options.pinned = true;
    },
    refresh: () => real?.refresh(),
    focus() {
      if (real) real.focus();
      else if (wanted) wanted.focus = true;
    },
    hide() {
      wanted = null;
      real?.hide();
    },
    remove() {
      removed = true;
      wanted = null;
      real?.remove();
    },
  };
}
