/**
 * Messages between the extension's pages (popup, background) and a page's content script.
 * Every content script checks the shape of what it receives: pages cannot send these, but a
 * malformed message must not throw either.
 */
import type { Script } from './engine/glossary';

export const PAGE_STATUS = 'tifa:page-status';
export const REVEAL = 'tifa:reveal';
export const STEP_STATE = 'tifa:step-state';
export const STEP_TO = 'tifa:step-to';

/**
 * A request sent to the whole tab reaches every frame, and only the top frame answers it. One sent
 * to a single frame (by its frameId) says so with `frame: true`, and that frame answers: that is
 * how the popup and the background reach the terms of the page's frames.
 */
export type PageRequest = (
  | { type: typeof PAGE_STATUS }
  /** Scroll to the first occurrence of a term and open its popover. */
  | { type: typeof REVEAL; id: string }
  /** How many terms this frame has, which one is open (-1: none), and whether the reader is typing in it: a StepState. */
  | { type: typeof STEP_STATE }
  /** Open the frame's term at `index` as keyboard stepping does; -1 closes the popover it opened. */
  | { type: typeof STEP_TO; index: number }
) & { frame?: true };

/** One frame's answer to STEP_STATE. */
export interface StepState {
  count: number;
  at: number;
  typing: boolean;
}

export interface PageStatus {
  host: string;
  /** Tifa is on for this page (globally and for its site). */
  active: boolean;
  /** The page converter is rewriting the page: its terms are read again when it is done. */
  converting: boolean;
  /** The page has Chinese text (checked when Tifa is on). */
  chinese: boolean;
  /** Marked occurrences, and distinct glossary entries among them. */
  terms: number;
  distinct: number;
  /** Each term found, with its count and the script of its first occurrence, in order of first appearance. */
  found: { id: string; count: number; script: Script; /** The frame it is in, when not the top one (see tab-frames.ts). */ frameId?: number }[];
}

export function parsePageRequest(message: unknown): PageRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const frame = m.frame === true ? { frame: true as const } : {};
  if (m.type === PAGE_STATUS) return { type: PAGE_STATUS, ...frame };
  if (m.type === REVEAL && typeof m.id === 'string') return { type: REVEAL, id: m.id, ...frame };
  if (m.type === STEP_STATE) return { type: STEP_STATE, ...frame };
  if (m.type === STEP_TO && Number.isInteger(m.index) && (m.index as number) >= -1) return { type: STEP_TO, index: m.index as number, ...frame };
  return null;
}

export const TOOLBAR = 'tifa:toolbar';

/** From a page's top frame to the background: what the toolbar button shows for its tab. */
export interface ToolbarState {
  type: typeof TOOLBAR;
  /** Tifa is on for the page: the icon in colour, else greyed. */
  active: boolean;
  /** The badge: the number of distinct terms on the page, or '' for none. */
  badge: string;
}

export const FRAME_TERMS = 'tifa:frame-terms';

/** From a frame (not the top one) to the background: it has terms, or no longer has any. */
export interface FrameTerms {
  type: typeof FRAME_TERMS;
  terms: number;
}

export function parseFrameTerms(message: unknown): FrameTerms | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === FRAME_TERMS && Number.isInteger(m.terms) && (m.terms as number) >= 0 ? { type: FRAME_TERMS, terms: m.terms as number } : null;
}

export const STEP_TAB = 'tifa:step-tab';

/** From an extension page to the background: step through the terms of a tab, as the shortcuts do. */
export interface StepTab {
  type: typeof STEP_TAB;
  tabId: number;
  direction: 1 | -1;
}

export function parseStepTab(message: unknown): StepTab | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type !== STEP_TAB || !Number.isInteger(m.tabId) || (m.direction !== 1 && m.direction !== -1)) return null;
  return { type: STEP_TAB, tabId: m.tabId as number, direction: m.direction };
}

export function parseToolbarState(message: unknown): ToolbarState | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type !== TOOLBAR || typeof m.active !== 'boolean' || typeof m.badge !== 'string' || !/^\d{0,4}$/.test(m.badge)) return null;
  return { type: TOOLBAR, active: m.active, badge: m.badge };
}

export const LOAD_SCRIPT = 'tifa:load-script';

/**
 * The scripts the background injects into a frame when asked: the reader, once the bootstrap
 * finds the frame worth reading; the popover, once the reader first opens one.
 */
export const INJECTED_SCRIPTS = { reader: '/reader.js', popover: '/popover.js' } as const;
export type InjectedScript = keyof typeof INJECTED_SCRIPTS;

/** From a frame's content script to the background: inject `script` into this frame. */
export interface LoadScript {
  type: typeof LOAD_SCRIPT;
  script: InjectedScript;
}

export const parseLoadScript = (message: unknown): LoadScript | null => {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === LOAD_SCRIPT && typeof m.script === 'string' && Object.hasOwn(INJECTED_SCRIPTS, m.script)
    ? { type: LOAD_SCRIPT, script: m.script as InjectedScript }
    : null;
};

export const ADD_TERM = 'tifa:add-term';

/** From a candidate's popover to the background: open the add form prefilled with the candidate. */
export interface AddTermRequest {
  type: typeof ADD_TERM;
  term: string;
}

export function parseAddTermRequest(message: unknown): AddTermRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  return m.type === ADD_TERM && typeof m.term === 'string' && m.term.trim() !== '' ? { type: ADD_TERM, term: m.term } : null;
}
