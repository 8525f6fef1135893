/**
 * Events between Tifa's own scripts in one frame. The always-injected content script and the
 * page converter (injected on demand) run in the extension's isolated world of that frame, so
 * they share its global object, which the page cannot see: an EventTarget kept there reaches
 * both without a trace in the page's DOM.
 */
const KEY = Symbol.for('tifa.world-events');

/** The page converter is about to rewrite (or restore) the page's text, or has finished. */
export const CONVERSION_STARTS = 'tifa:conversion-starts';
export const CONVERSION_ENDS = 'tifa:conversion-ends';

export function worldEvents(): EventTarget {
  const world = globalThis as { [KEY]?: EventTarget };
  return (world[KEY] ??= new EventTarget());
}
