/**
 * Marks terms with the CSS Custom Highlight API: the page's DOM is not changed at all. The look
 * is in highlight.css (page-level CSS, because ::highlight() does not apply from a shadow root).
 */
export const TERM_HIGHLIGHT = 'tifa-term';
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

export interface Highlighter {
  show(ranges: Range[]): void;
  /** Marks the term the popover is open for, or none. */
  setActive(range: Range | null): void;
  clear(): void;
}

export function createHighlighter(): Highlighter {
  return {
    show(ranges) {
      CSS.highlights.set(TERM_HIGHLIGHT, new Highlight(...ranges));
    },
    setActive(range) {
      if (range) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(range));
      else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
    clear() {
      CSS.highlights.delete(TERM_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
  };
}
