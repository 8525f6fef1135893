/**
 * Marks terms with the CSS Custom Highlight API: the page's DOM is not changed at all. The look
 * is in highlight.css, injected as page-level CSS: ::highlight() rules do not work from Tifa's
 * shadow root. Chromium paints the document's ::highlight() rule on ranges inside open shadow
 * roots of web components too (checked in Chromium 156), so those need nothing extra.
 *
 * The reader's marking style picks the highlight's name, since each name has its own rule.
 */
import type { Settings } from '@/utils/settings';

export const HIGHLIGHT_NAMES = { underline: 'tifa-term', background: 'tifa-term-marker' } as const;
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

export interface Highlighter {
  add(ranges: AbstractRange[]): void;
  /** Shows exactly these ranges. */
  replace(ranges: AbstractRange[]): void;
  remove(ranges: AbstractRange[]): void;
  /** Marks the term the popover is open for, or none; shown whatever the style, even none. */
  setActive(range: AbstractRange | null): void;
  clear(): void;
}

export function createHighlighter(style: Settings['highlight']): Highlighter {
  const terms = new Highlight();
  const name = style === 'none' ? null : HIGHLIGHT_NAMES[style];
  const register = () => {
    if (name && !CSS.highlights.has(name)) CSS.highlights.set(name, terms);
  };
  return {
    add(ranges) {
      for (const range of ranges) terms.add(range);
      register();
    },
    replace(ranges) {
      terms.clear();
      this.add(ranges);
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
      if (name) CSS.highlights.delete(name);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
  };
}
