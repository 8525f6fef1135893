/**
 * How the bootstrap (the content script in every frame) and the reader (injected into a frame
 * only once it is worth reading) meet. The background injects the reader with
 * `scripting.executeScript` into the frame that asked, in the extension's isolated world of that
 * frame: the same global object as the bootstrap's, which the page cannot see. The reader leaves
 * its factory there; the bootstrap takes it once the injection has finished.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOAD_READER, type LoadReader, type PageStatus, type StepState } from './messages';

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

const KEY = Symbol.for('tifa.reader');
type World = { [KEY]?: ReaderFactory };

/** Called by the reader script when it is evaluated. */
export function provideReader(factory: ReaderFactory): void {
  (globalThis as World)[KEY] = factory;
}

/**
 * Asks the background to inject the reader into this frame, then takes its factory. Always asks:
 * after an extension update the world may still hold the old copy's factory, whose runtime is gone.
 */
export async function loadReader(): Promise<ReaderFactory> {
  const request: LoadReader = { type: LOAD_READER };
  await browser.runtime.sendMessage(request);
  const factory = (globalThis as World)[KEY];
  if (!factory) throw new Error('Tifa: the reader script did not load in this frame');
  return factory;
}
