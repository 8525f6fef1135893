/**
 * What the reader sees: the first and last text nodes, in document order, under a grid of points
 * across the viewport. The converter converts the text between them first, so the screen changes
 * at once however long the page is.
 */
const ROWS = 8;
const COLUMNS = [0.1, 0.5, 0.9];

/** The text node under a viewport point, if any. */
function textAt(x: number, y: number): Node | null {
  // caretPositionFromPoint: Chrome 128+ and Firefox; caretRangeFromPoint in Chrome 111–127.
  const node = document.caretPositionFromPoint?.(x, y)?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE && node.getRootNode() === document ? node : null;
}

/** [first, last] text node on screen, or null when the points meet no text. */
export function viewportSpan(): [Node, Node] | null {
  let first: Node | null = null;
  let last: Node | null = null;
  for (let row = 0; row <= ROWS; row++) {
    const y = Math.min(innerHeight - 1, (innerHeight * row) / ROWS);
    for (const column of COLUMNS) {
      const node = textAt(innerWidth * column, y);
      if (!node) continue;
      if (!first || first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) first = node;
      if (!last || last.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) last = node;
    }
  }
  return first && last ? [first, last] : null;
}
