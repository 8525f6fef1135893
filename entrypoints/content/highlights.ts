/**
 * Marks terms with the CSS Custom Highlight API: the page's DOM is not changed at all. The look
 * is in highlight.css, injected as page-level CSS: ::highlight() rules do not work from Tifa's
 * shadow root. Chromium paints the document's ::highlight() rule on ranges inside open shadow
 * roots of web components too (checked in Chromium 156), so those need nothing extra.
 */
export const TERM_HIGHLIGHT = 'tifa-term';
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

export interface Highlighter {
  add(ranges: Range[]): void;
  remove(ranges: Range[]): void;
  /** Marks the term the popover is open for, or none. */
  setActive(range: Range | null): void;
  clear(): void;
}

export function createHighlighter(): Highlighter {
  const terms = new Highlight();
  return {
    add(ranges) {
      for (const range of ranges) terms.add(range);
      if (!CSS.highlights.has(TERM_HIGHLIGHT)) CSS.highlights.set(TERM_HIGHLIGHT, terms);
    },
    remove(ranges) {
      for (const range of ranges) terms.delete(range);
    },
    setActive(range) {
      if (range) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(range));
      else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
    clear() {
      terms.clear();
      CSS.highlights.delete(TERM_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
  };
}
