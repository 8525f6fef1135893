/**
 * Turns the engine's string matches into DOM ranges over the page's own text nodes, and finds
 * the term under a point. Ranges, not boxes: they follow reflow, zoom and font loading.
 */
import { detectScript, type MatchTerm, type Script, type TermIndex } from '@/utils/glossary';
import { locate, type TextBlock } from './page-text';

export interface TermHit {
  range: Range;
  term: MatchTerm;
  /** The term as the page writes it. */
  text: string;
  /** Script of the passage around it, used to show the glossary in the reader's script. */
  script: Script;
}

export interface HitIndex {
  hits: TermHit[];
  /** The hit whose glyphs are under the viewport point (x, y), if any. */
  hitAt(x: number, y: number): TermHit | null;
}

export function findHits(blocks: TextBlock[], index: TermIndex): HitIndex {
  const hits: TermHit[] = [];
  const byNode = new Map<Text, TermHit[]>();
  for (const block of blocks) {
    const matches = index.matcher.findAll(block.text);
    if (matches.length === 0) continue;
    const script = detectScript(index.fold, block.text);
    for (const match of matches) {
      const range = document.createRange();
      const [startNode, startOffset] = locate(block, match.start, false);
      const [endNode, endOffset] = locate(block, match.end, true);
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const hit: TermHit = {
        range,
        term: index.terms[match.entry]!,
        text: block.text.slice(match.start, match.end),
        script,
      };
      hits.push(hit);
      for (let i = block.nodes.indexOf(startNode); i <= block.nodes.indexOf(endNode); i++) {
        const node = block.nodes[i]!;
        const list = byNode.get(node) ?? [];
        list.push(hit);
        byNode.set(node, list);
      }
    }
  }

  return {
    hits,
    hitAt(x, y) {
      const node = textNodeAt(x, y);
      if (!node) return null;
      // The caret lands next to the nearest glyph even when the point is in a margin, so check
      // the point really is inside one of the term's boxes.
      for (const hit of byNode.get(node) ?? []) {
        for (const rect of hit.range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return hit;
        }
      }
      return null;
    },
  };
}

function textNodeAt(x: number, y: number): Text | null {
  // caretPositionFromPoint is the standard (Chrome 128+, Firefox); caretRangeFromPoint the
  // WebKit/older-Chrome name for the same thing.
  const node = document.caretPositionFromPoint
    ? document.caretPositionFromPoint(x, y)?.offsetNode
    : document.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
