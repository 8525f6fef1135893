/**
 * Reads a page's text the way a reader sees it: as blocks (paragraphs, headings, cells) of
 * running text, where inline markup does not break a term (<b>新質</b>生產力 is one term) and
 * block boundaries and <br> do. Each block remembers which text node each offset came from, so a
 * match in the block's string becomes a DOM Range without touching the DOM.
 */

/** Elements whose text is never matched: code, form fields, non-rendered content, ruby readings. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'RT', 'RP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** Phrasing elements: text runs on across them. Anything else (div, p, li, custom elements) is a block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'RUBY', 'RB', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
}

export interface CollectOptions {
  /** Elements to leave out with everything inside (Tifa's own UI). */
  exclude?: (element: Element) => boolean;
}

function isSkipped(element: Element, options: CollectOptions): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return options.exclude?.(element) ?? false;
}

const isInline = (element: Element) => INLINE.has(element.tagName.toUpperCase());

export function collectBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  let currentBlockElement: Node | null = null;

  const flush = () => {
    if (current.nodes.length > 0) blocks.push(current);
    current = { text: '', nodes: [], starts: [] };
    currentBlockElement = null;
  };
  const blockOf = (node: Node): Node | null => {
    let el = node.parentElement;
    while (el && isInline(el)) el = el.parentElement;
    return el;
  };

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element, options)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (!isInline(node as Element)) flush(); // entering a block, or <br>, <img>…
      continue;
    }
    const text = (node as Text).data;
    if (text.length === 0) continue;
    const block = blockOf(node);
    if (block !== currentBlockElement) flush(); // left a nested block: a new run starts
    currentBlockElement = block;
    current.nodes.push(node as Text);
    current.starts.push(current.text.length);
    current.text += text;
  }
  flush();
  return blocks;
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

/** Quick check that a page has Chinese text at all, reading at most `limit` characters. */
export function hasChineseText(root: Node, limit = 20_000): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node && read < limit; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const data = (node as Text).data;
    if (/[\u3400-\u9fff]/.test(data)) return true;
    read += data.length;
  }
  return false;
}
