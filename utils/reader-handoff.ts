/**
 * What the bootstrap (the content script in every frame) and the reader (injected into a frame
 * only once it is worth reading, see `script-handoff.ts`) offer each other.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStatus, StepState } from './messages';
import { loadScript, provideScript } from './script-handoff';

/** What the reader needs from the bootstrap, which owns the toolbar report. */
export interface ReaderHost {
  /** The page was read (again): the toolbar can show its distinct terms. */
  onSettled(): void;
}

export interface Reader {
  /**
   * Follows the stored settings (as stored: the reader validates them) and reads the page while
   * `active`, lets go of it otherwise; re-reads it when what is marked changed.
   */
  apply(stored: unknown, active: boolean): void;
  /** The terms found, in document order, for the popup. */
  terms(): Pick<PageStatus, 'chinese' | 'terms' | 'distinct' | 'found'>;
  /**
   * How many different terms were found, for the toolbar's badge after every reading: without
   * putting the terms in document order, which walks the whole page (70 ms on the 5 MB page).
   */
  distinct(): number;
  /** Where keyboard stepping stands in this frame (the background steps across frames). */
  stepState(): StepState;
  /** Opens the term at `index` in document order; -1 closes a popover stepping opened. */
  stepTo(index: number): void;
  reveal(id: string): void;
}

export type ReaderFactory = (ctx: ContentScriptContext, host: ReaderHost) => Reader;

/** Called by the reader script when it is evaluated. */
export const provideReader = (factory: ReaderFactory): void => provideScript('reader', factory);

/** Has the background inject the reader into this frame, and takes its factory. */
export const loadReader = async (): Promise<ReaderFactory> => (await loadScript('reader')) as ReaderFactory;
