/**
 * The terms found on the page, as DOM ranges over the page's own text nodes (ranges, not boxes:
 * they follow reflow, zoom and font loading), kept per block so a changed block can be rescanned
 * alone, and shown through the highlighter.
 */
import type { Category, IndexTerm, Script, TermIndex } from '@/utils/engine/glossary';
import { scriptOf, scriptOfLang } from '@/utils/engine/script';
import { mark } from '@/utils/perf';
import type { Settings } from '@/utils/settings';
import type { Highlighter } from './highlights';
import { containerOf, locate, type TextBlock } from './page-text';
import { inDocumentOrder, pointAt, termRange } from './ranges';

export interface TermHit {
  /** Static: see ranges.ts. */
  range: StaticRange;
  term: IndexTerm;
  /** The term as the page writes it. */
  text: string;
  /** Script of the passage around it, used to show the glossary in the reader's script. */
  readonly script: Script;
}

export interface HitStore {
  /** Finds the terms of one run of text; they show at the next publish(). */
  addBlock(block: TextBlock): void;
  /**
   * Shows the terms found since the last call. Every change to the highlight makes the browser
   * repaint the marked text, so on a long page found terms are shown in a few batches, not one
   * repaint per slice of reading.
   */
  publish(): void;
  /** Forgets the hits of every block for which `stale` is true. */
  drop(stale: (container: Node) => boolean): void;
  /** The hit whose glyphs are under the viewport point (x, y), if any. */
  hitAt(x: number, y: number): TermHit | null;
  /** Every hit, in document order. */
  inOrder(): TermHit[];
  /** How many different terms were found. */
  distinct(): number;
  /** Open shadow roots with hits, for hit-testing inside them. */
  readonly shadowRoots: Set<ShadowRoot>;
  clear(): void;
}

export interface HitOptions {
  /** Terms of these categories are neither marked nor explained. */
  hiddenCategories: readonly Category[];
  /** Every occurrence is marked, or only the first of each term (all stay explained on hover). */
  density: Settings['density'];
}

/** The block a hit was found in, shared by its hits. */
interface Passage {
  container: Node;
  scripts: TermIndex['scripts'];
  /** The page's script, for a block that does not tell. */
  page: () => Script;
  script?: Script;
}

class Hit implements TermHit {
  constructor(
    readonly range: StaticRange,
    readonly term: IndexTerm,
    readonly text: string,
    private readonly passage: Passage,
  ) {}

  /**
   * Wanted only when a popover opens, so found then, once per block: from the start of the
   * block's text, else from the nearest `lang` around it, else from the page.
   */
  get script(): Script {
    const passage = this.passage;
    return (passage.script ??= scriptOf(passage.scripts, textSample(passage.container)) ?? declaredScript(passage.container) ?? passage.page());
  }
}

/**
 * The script the nearest `lang` around a block names, if it names one: a quotation marked as the
 * other script, or a block the page converter pinned on a long page, whose root keeps its own.
 */
export function declaredScript(container: Node): Script | null {
  const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : ((container as ShadowRoot).host ?? null);
  const lang = element?.closest('[lang]')?.getAttribute('lang');
  return lang ? scriptOfLang(lang) : null;
}

/**
 * The page's script: its lang, else its text, else Simplified (a page with no character of one
 * script only shows the same forms in either).
 */
function pageScript(scripts: TermIndex['scripts']): Script {
  const root = document.documentElement;
  return scriptOfLang(root.lang) ?? (document.body && scriptOf(scripts, textSample(document.body, 20_000))) ?? 'hans';
}

/** Enough of a block's text to tell its script: not all of it (a page can be one block of megabytes). */
function textSample(container: Node, enough = 1_000): string {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < enough; node = walker.nextNode()) sample += (node as Text).data;
  return sample;
}

export function createHitStore(index: TermIndex, highlighter: Highlighter, options: HitOptions): HitStore {
  const byContainer = new Map<Node, TermHit[]>();
  const shadowRoots = new Set<ShadowRoot>();
  const hidden = new Set(options.hiddenCategories);
  let unpublished: StaticRange[] = [];
  let probe: Range | null = null; // the one live range, for hit-testing
  let ordered: TermHit[] | null = null; // cache, dropped on every change
  let script: Script | undefined; // the page's, found once when a block does not tell
  const page = () => (script ??= pageScript(index.scripts));

  const hitsIn = (block: TextBlock): TermHit[] => {
    const matches = index.matcher.findAll(block.text);
    if (matches.length === 0) return [];
    const passage: Passage = { container: block.container, scripts: index.scripts, page };
    const hits: TermHit[] = [];
    for (const match of matches) {
      const term = index.terms[match.entry]!;
      if (term.category && hidden.has(term.category)) continue;
      const range = termRange(locate(block, match.start, false), locate(block, match.end, true));
      hits.push(new Hit(range, term, block.text.slice(match.start, match.end), passage));
    }
    return hits;
  };

  const inOrder = () => (ordered ??= inDocumentOrder([...byContainer.values()].flat(), document.body ?? document.documentElement));

  /** The first occurrence of each term: what "first occurrence only" marks. */
  const firsts = () => {
    const seen = new Set<string>();
    return inOrder().filter((hit) => !seen.has(hit.term.id) && seen.add(hit.term.id));
  };

  return {
    shadowRoots,
    addBlock(block) {
      const hits = hitsIn(block);
      if (hits.length === 0) return;
      if (byContainer.size === 0) mark('first-highlight');
      const list = byContainer.get(block.container);
      if (list) list.push(...hits);
      else byContainer.set(block.container, hits);
      ordered = null;
      const root = block.container.getRootNode();
      if (root instanceof ShadowRoot) shadowRoots.add(root);
      for (const hit of hits) unpublished.push(hit.range);
    },
    publish() {
      if (options.density === 'first') {
        highlighter.replace(firsts().map((hit) => hit.range));
      } else if (unpublished.length > 0) {
        highlighter.add(unpublished);
      }
      unpublished = [];
    },
    drop(stale) {
      for (const [container, hits] of byContainer) {
        if (!stale(container)) continue;
        const ranges = new Set(hits.map((hit) => hit.range));
        highlighter.remove([...ranges]);
        unpublished = unpublished.filter((range) => !ranges.has(range));
        byContainer.delete(container);
        ordered = null;
      }
    },
    hitAt(x, y) {
      const node = textNodeAt(x, y, shadowRoots);
      const container = node && containerOf(node);
      if (!container) return null;
      // The caret lands next to the nearest glyph even when the point is in a margin, so check
      // the point really is inside one of the term's boxes.
      probe ??= document.createRange();
      for (const hit of byContainer.get(container) ?? []) {
        if (!pointAt(probe, hit.range)) continue;
        for (const rect of probe.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return hit;
        }
      }
      return null;
    },
    inOrder,
    distinct() {
      const ids = new Set<string>();
      for (const hits of byContainer.values()) for (const hit of hits) ids.add(hit.term.id);
      return ids.size;
    },
    clear() {
      unpublished = [];
      ordered = null;
      byContainer.clear();
      shadowRoots.clear();
      highlighter.clear();
    },
  };
}

function textNodeAt(x: number, y: number, shadowRoots: Set<ShadowRoot>): Text | null {
  // caretPositionFromPoint is the standard (Chrome 128+, Firefox) and reaches into the shadow
  // roots it is given; caretRangeFromPoint is the older WebKit/Chrome name, without that option.
  const node = document.caretPositionFromPoint
    ? document.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })?.offsetNode
    : document.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}
