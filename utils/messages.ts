/**
 * Messages between the extension's pages (popup, background) and a page's content script.
 * Every content script checks the shape of what it receives: pages cannot send these, but a
 * malformed message must not throw either.
 */
import type { Script } from './engine/glossary';

export const PAGE_STATUS = 'tifa:page-status';
export const STEP = 'tifa:step';
export const REVEAL = 'tifa:reveal';

export type PageRequest =
  | { type: typeof PAGE_STATUS }
  /** Go to the next (1) or previous (-1) term on the page and open its popover. */
  | { type: typeof STEP; direction: 1 | -1 }
  /** Scroll to the first occurrence of a term and open its popover. */
  | { type: typeof REVEAL; id: string };

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
  found: { id: string; count: number; script: Script }[];
}

export function parsePageRequest(message: unknown): PageRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === PAGE_STATUS) return { type: PAGE_STATUS };
  if (m.type === STEP && (m.direction === 1 || m.direction === -1)) return { type: STEP, direction: m.direction };
  if (m.type === REVEAL && typeof m.id === 'string') return { type: REVEAL, id: m.id };
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

export function parseToolbarState(message: unknown): ToolbarState | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type !== TOOLBAR || typeof m.active !== 'boolean' || typeof m.badge !== 'string' || !/^\d{0,4}$/.test(m.badge)) return null;
  return { type: TOOLBAR, active: m.active, badge: m.badge };
}

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
