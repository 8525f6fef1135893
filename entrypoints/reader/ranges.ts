/**
 * Term ranges are StaticRanges. The browser keeps every live Range up to date on every change to
 * its document, so a long page's thousands of terms made each text write of the page itself
 * slower (10,000 live ranges made writing the same text 18× slower, 0.3 s → 5.3 s), and a dropped
 * live range kept costing until it was collected. A static range costs nothing while the page
 * changes; a block whose text changes is read again anyway (page-scanner.ts). What StaticRange
 * lacks, geometry and order, comes from here.
 */

/** A static range from the text offsets a block read gave. */
export function termRange([startContainer, startOffset]: [Text, number], [endContainer, endOffset]: [Text, number]): StaticRange {
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

/**
 * Points `live` (a Range kept for the purpose, so no new live range is left attached) at
 * `range`; false when the text under it has since changed length and it no longer fits.
 */
export function pointAt(live: Range, range: AbstractRange): boolean {
  const fits = (node: Node, offset: number) => offset <= (node as Text).length;
  if (!fits(range.startContainer, range.startOffset) || !fits(range.endContainer, range.endOffset)) return false;
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return true;
}

/**
 * `items` in document order, by where their ranges start. The text nodes are numbered in one walk
 * of the page (open shadow trees at their host), then sorted as numbers: comparing DOM positions
 * pair by pair walks along the siblings each time, and sorting 10,000 terms under one parent that
 * way took 0.5–0.7 s. Items whose text has left the page are left out.
 */
export function inDocumentOrder<T extends { range: AbstractRange }>(items: readonly T[], root: Node): T[] {
  const wanted = new Set(items.map((item) => item.range.startContainer));
  const position = new Map<Node, number>();
  const number = (from: Node) => {
    const walker = document.createTreeWalker(from, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && position.size < wanted.size; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (wanted.has(node)) position.set(node, position.size);
      } else if ((node as Element).shadowRoot) number((node as Element).shadowRoot!);
    }
  };
  number(root);
  return items
    .filter((item) => position.has(item.range.startContainer))
    .sort((a, b) => position.get(a.range.startContainer)! - position.get(b.range.startContainer)! || a.range.startOffset - b.range.startOffset);
}
