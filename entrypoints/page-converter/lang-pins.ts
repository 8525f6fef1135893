/**
 * A new `lang` on the root makes the browser shape every character of the page again in the
 * other script's fonts: on the 5 MB page that is 1.2 s in one frame, as much as laying out all
 * the converted text. So while the text is rewritten, the block around each text node takes the
 * new `lang` in the same slice as its text (the browser shapes it once, for both), and once the
 * element those blocks inherit from has it too, the pins come off: nothing is shaped again then,
 * the page's styles are only recomputed. The page's DOM ends as it would have without pins.
 *
 * Recomputing them is one task no slicing divides: every element of the page whose inherited
 * language changes is restyled at once (540 ms on the 5 MB page's 20,000 pinned blocks, the
 * conversion's longest task by far). A page with many pins keeps them instead: its blocks hold
 * the new language and its root keeps its own, until "Original" takes each pin off as it puts
 * back its block's text.
 */
import { containerOf } from '@/entrypoints/reader/page-text';

export interface LangPins {
  /**
   * A pinning function for one pass: `langFor(from)` is the `lang` the element `from` will have
   * at the end of the pass, or null when it keeps its own (its blocks then inherit it: a pin left
   * on them is taken off).
   */
  pass(langFor: (from: Element) => string | null): (text: Text) => void;
  /** How many blocks are pinned. */
  readonly count: number;
  /** The page itself set the `lang` of `element`: it is the page's, not a pin. */
  forget(element: Element): void;
  /** Whether `element`'s `lang` is a pin (not the page's). */
  has(element: Element): boolean;
  /** Takes the pins off one by one (yields 1 for each), for slices once the root has the language. */
  release(): Generator<number>;
  /** Takes every pin off. */
  unpinAll(): void;
}

export function createLangPins(): LangPins {
  const pinned = new Map<Element, string>();
  return {
    pass(langFor) {
      const decided = new Map<Node, string | null>();
      const decide = (block: Node): string | null => {
        if (block.nodeType !== Node.ELEMENT_NODE) return null; // a shadow root, the document
        const element = block as Element;
        const doc = element.ownerDocument;
        // The root and the body are what the pins stand in for; an element with its own `lang`
        // (Chinese ones follow the conversion at the end) or in a shadow tree is left alone.
        if (element === doc.documentElement || element === doc.body || element.getRootNode() !== doc) return null;
        if (element.hasAttribute('lang') && !pinned.has(element)) return null;
        return langFor(element.parentElement?.closest('[lang]') ?? doc.documentElement);
      };
      return (text) => {
        const block = containerOf(text);
        if (!block) return;
        let lang = decided.get(block);
        if (lang === undefined) decided.set(block, (lang = decide(block)));
        if (pinned.get(block as Element) === (lang ?? undefined)) return;
        if (lang === null) {
          pinned.delete(block as Element);
          (block as Element).removeAttribute('lang');
          return;
        }
        (block as Element).setAttribute('lang', lang);
        pinned.set(block as Element, lang);
      };
    },
    forget(element) {
      pinned.delete(element);
    },
    has: (element) => pinned.has(element),
    get count() {
      return pinned.size;
    },
    *release() {
      for (const element of [...pinned.keys()]) {
        // Gone already when the page set its own language meanwhile (forget).
        if (!pinned.delete(element)) continue;
        element.removeAttribute('lang');
        yield 1;
      }
    },
    unpinAll() {
      for (const element of pinned.keys()) element.removeAttribute('lang');
      pinned.clear();
    },
  };
}
