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

/** The node, or the host of the shadow tree it is in, up to the document's own tree. */
function inDocumentTree(node: Node): Node {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/**
 * Document order of two ranges' starts (negative: `a` first). Ranges start in text nodes, which
 * never contain each other; a range inside a shadow tree is placed where its host is.
 */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  let position = a.startContainer.compareDocumentPosition(b.startContainer);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) {
    const hostA = inDocumentTree(a.startContainer);
    const hostB = inDocumentTree(b.startContainer);
    position = hostA === hostB ? 0 : hostA.compareDocumentPosition(hostB);
  }
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
