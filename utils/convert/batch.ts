/**
 * Converts many short strings (a page's text nodes) as one string. opencc-js pays a fixed cost per
 * call, so a page of 40-character nodes converts at about half the speed of the same text in
 * one call (research/opencc.md §1.5); joined with a separator that no dictionary entry contains,
 * phrases cannot match across two strings and the output splits back exactly.
 */
const SEPARATOR = '\u0000';

export function convertJoined(texts: readonly string[], convert: (text: string) => string): string[] {
  if (texts.some((text) => text.includes(SEPARATOR))) return texts.map(convert);
  const out = convert(texts.join(SEPARATOR)).split(SEPARATOR);
  // Guard against a converter that ever touches the separator: fall back to one call each.
  return out.length === texts.length ? out : texts.map(convert);
}
