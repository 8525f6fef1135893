/**
 * What the reader sees: the first and last text nodes, in document order, under a grid of points
 * across the viewport. The converter converts the text between them first, so the screen changes
 * at once however long the page is. Rows are asked from the top down until one meets text, and
 * from the bottom up: the rows between seldom change the span, and on a long page each point
 * costs (about 4 ms on the 5 MB page, whose 20,000 paragraphs share one container).
 */
const ROWS = 8;
const COLUMNS = [0.1, 0.5, 0.9];

/** The text node under a viewport point, if any. */
function textAt(x: number, y: number): Node | null {
  // caretPositionFromPoint: Chrome 128+ and Firefox; caretRangeFromPoint in Chrome 111–127.
  const node = document.caretPositionFromPoint?.(x, y)?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE && node.getRootNode() === document ? node : null;
}

/** The text nodes under one row of points, `row` from 0 (the top) to ROWS (the bottom). */
function textsInRow(row: number): Node[] {
  const y = Math.min(innerHeight - 1, (innerHeight * row) / ROWS);
  return COLUMNS.map((column) => textAt(innerWidth * column, y)).filter((node) => node !== null);
}

/** [first, last] text node on screen, or null when the points meet no text. */
export function viewportSpan(): [Node, Node] | null {
  const earliest = (nodes: Node[]) => nodes.reduce((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a));
  const latest = (nodes: Node[]) => nodes.reduce((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a));
  for (let top = 0; top <= ROWS; top++) {
    const firstRow = textsInRow(top);
    if (firstRow.length === 0) continue;
    for (let row = ROWS; row > top; row--) {
      const lastRow = textsInRow(row);
      if (lastRow.length > 0) return [earliest(firstRow), latest(lastRow)];
    }
    return [earliest(firstRow), latest(firstRow)]; // text in one row only
  }
  return null;
}
