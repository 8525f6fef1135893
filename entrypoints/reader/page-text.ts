/**
 * Reads a page's text the way a reader sees it: as runs of text inside a block (paragraph,
 * heading, cell), where inline markup does not break a term (<b>新質</b>生產力 is one term) and
 * block boundaries and <br> do. Each run remembers which text node each offset came from, so a
 * match in the run's string becomes a DOM Range without touching the DOM.
 *
 * The walk is a generator so a huge page can be read a slice at a time between frames.
 */
import { isMadeEditable, nextOutside } from '@/utils/dom-walk';

/**
 * Elements whose text is never matched: code, form fields, non-rendered content, ruby readings.
 * By `localName` (lower case for HTML, SVG and MathML roots alike): unlike `tagName`, it needs no
 * case folding, which the walk would pay for every element of the page.
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'rt', 'rp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
]);

/** Phrasing elements: text runs on across them. Anything else (div, p, li, custom elements) is a block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'q', 'ruby', 'rb', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

export interface TextBlock {
  /** The block element (or shadow root) the run belongs to: the unit that is rescanned on change. */
  container: Node;
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
}

export interface WalkOptions {
  /** Elements to leave out with everything inside (Tifa's own UI), by local name. */
  exclude?: (localName: string) => boolean;
  /** Called for each open shadow root met on the way (to observe it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

function isSkipped(element: Element, options: WalkOptions): boolean {
  return element.ownerDocument.designMode === 'on' || isPassedOver(element, element.localName, options);
}

/**
 * The same, but for designMode: the walk reads that once per block, not once per element. The
 * walk reads `name` (the element's localName) once for this and isInline: from an extension's
 * isolated world every property read of a page node is a call into Blink (about 0.3 µs), and the
 * 5 MB page has 85,000 elements.
 */
function isPassedOver(element: Element, name: string, options: WalkOptions): boolean {
  if (SKIPPED.has(name)) return true;
  // The `hidden` attribute, not CSS display: reading computed styles would cost a style lookup per
  // element. Text hidden by CSS gets ranges that paint nothing and cannot be hovered.
  if (element.hasAttribute('hidden')) return true;
  if (isMadeEditable(element)) return true;
  return options.exclude?.(name) ?? false;
}

const isInline = (element: Element) => INLINE.has(element.localName);

/** The block a node's text belongs to: its nearest non-inline ancestor, or its shadow root. */
export function containerOf(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && blockOf(parent);
}

/** `node` if it is a block (or a shadow root, or the document), else its nearest block ancestor. */
function blockOf(node: Node): Node | null {
  let at: Node | null = node;
  while (at && at.nodeType === Node.ELEMENT_NODE && isInline(at as Element)) at = at.parentNode;
  return at;
}

/** The block to reread when `node` changes: itself if it is a block (or shadow root), else its container. */
export function blockAround(node: Node): Node | null {
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return node;
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node;
  return containerOf(node);
}

/** True when `node` sits inside something Tifa never reads (an editor, a script, its own UI). */
export function isInSkippedSubtree(node: Node, options: WalkOptions): boolean {
  for (let el: Node | null = node; el; el = el.parentNode ?? (el as ShadowRoot).host ?? null) {
    if (el.nodeType === Node.ELEMENT_NODE && isSkipped(el as Element, options)) return true;
  }
  return false;
}

/**
 * Yields the runs of text under `root`. With `shallow`, only the runs that belong to `root` itself:
 * nested blocks are passed over (they are reread on their own when they change).
 */
export function* walkBlocks(root: Node, options: WalkOptions = {}, shallow = false): Generator<TextBlock, void, undefined> {
  // The loop below checks the nodes under the root; the root and its ancestors are checked here.
  if (isInSkippedSubtree(root, options)) return;
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    options.onShadowRoot?.(root as ShadowRoot);
  } else if ((root as Element).shadowRoot) {
    yield* walkBlocks((root as Element).shadowRoot!, options);
  }
  // The run being built, ended by a block boundary. No helper generator to end it: this runs on
  // every page load, in code not yet optimised, where each generator made costs.
  let run: TextBlock | null = null;
  // The last text node's parent and its block: most text nodes share both with the one before,
  // which spares climbing their inline ancestors.
  let parent: Node | null = null;
  let container: Node | null = null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (isPassedOver(element, name, options)) {
        node = nextOutside(walker);
        continue;
      }
      const block = !INLINE.has(name);
      const shadow = element.shadowRoot;
      if ((block || shadow) && run) {
        yield run; // entering a block, or <br>, <img>…
        run = null;
        // A page switched to designMode while the walk waited: all of it is editable now.
        if (doc.designMode === 'on') return;
      }
      if (block && shallow) {
        node = nextOutside(walker);
        continue;
      }
      // Web components: their open shadow trees are read as blocks of their own.
      if (shadow) yield* walkBlocks(shadow, options);
    } else {
      const data = (node as Text).data;
      if (data.length > 0) {
        const parentNode = node.parentNode;
        if (parentNode !== parent) {
          parent = parentNode;
          container = parentNode && blockOf(parentNode);
        }
        if (run && run.container !== container) {
          yield run; // left a nested block
          run = null;
          if (doc.designMode === 'on') return;
        }
        if (container) {
          run ??= { container, text: '', nodes: [], starts: [] };
          run.nodes.push(node as Text);
          run.starts.push(run.text.length);
          run.text += data;
        }
      }
    }
    node = walker.nextNode();
  }
  if (run) yield run;
}

/** The blocks (and shadow roots) inside an added node that are not inside each other. */
export function blocksWithin(node: Node, options: WalkOptions): Node[] {
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  if (isSkipped(element, options)) return [];
  if (!isInline(element)) return [element];
  // An inline element's own text belongs to the block around it, which is reread anyway.
  const inner = [...element.children].flatMap((child) => blocksWithin(child, options));
  return element.shadowRoot ? [element.shadowRoot, ...inner] : inner;
}

/** The text node and offset holding `offset` of a block (an end offset stays in its node). */
export function locate(block: TextBlock, offset: number, isEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [block.nodes[lo]!, offset - block.starts[lo]!];
}
