/**
 * Keeps the page's terms found as the page changes. First a scan that reads what is on screen
 * before the rest, in slices. Then a MutationObserver whose changes are batched and reread block
 * by block: a block whose own text changed is reread without its nested blocks, an added subtree
 * is read whole, and hits in removed content are dropped. Rereads wait for the first scan and for
 * each other, so no block is read twice at once. Open shadow roots are read and observed too.
 */
import type { HitStore } from './hit-store';
import { blockAround, blocksWithin, containerOf, walkBlocks, type WalkOptions } from './page-text';
import { afterNextFrame } from '@/utils/after-frame';
import { runInSlices } from '@/utils/slices';

export interface PageScanOptions {
  hits: HitStore;
  signal: AbortSignal;
  /** Tifa's own UI, never read. */
  exclude: (localName: string) => boolean;
  /** Called once the whole page has been read the first time. */
  onFirstScan?: () => void;
  /** Called whenever a reading ends with nothing left to read: the hits are current. */
  onSettled?: () => void;
  /** Called after changed blocks were read again: the page's text changed since the first scan. */
  onReread?: () => void;
}

/**
 * Once this much text is read in document order, the blocks on screen are read next. Counted in
 * characters, not milliseconds, so an article (the test article is 3,300) is read in one go however busy
 * the machine, and never pays for finding what is on screen (which makes the browser lay out).
 */
const VISIBLE_FIRST_AFTER_CHARS = 20_000;

/** How often terms found while reading a long page are shown (each batch costs a repaint). */
const PUBLISH_EVERY_MS = 400;

/**
 * Text changes, and the attributes that put text out of the walk's reach: `hidden` toggled
 * (accordions, tabs), and `contenteditable` set by an editor that starts after the page was read
 * (its terms are unmarked: a click in it must place the caret, not pin a popover).
 */
const OBSERVED: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

export function scanPage({ hits, signal, exclude, onFirstScan, onSettled, onReread }: PageScanOptions): void {
  const observer = new MutationObserver((records) => {
    // Not push(...records): a page changing a few hundred thousand nodes at once would overflow the stack.
    for (const record of records) pending.push(record);
    if (!busy) schedule();
  });
  const walkOptions: WalkOptions = { exclude, onShadowRoot: (root) => observer.observe(root, OBSERVED) };
  let pending: MutationRecord[] = [];
  let busy = true;
  let published = -Infinity;
  /** Shows what was found: at once for the first slice (what is on screen), then in batches. */
  const publish = (done: boolean) => {
    const now = performance.now();
    if (!done && now - published < PUBLISH_EVERY_MS) return;
    hits.publish();
    published = now;
  };

  /**
   * Reads the page in document order; a long page has the blocks on screen read next, out of
   * turn, then the rest.
   */
  function* firstScan(): Generator<void> {
    let chars = 0;
    const read = new Set<Node>(); // containers the document-order walk has reached
    let seen: Set<Node> | null = null; // containers read out of turn, once that has happened
    let onScreen: Node[] | null = null; // the containers on screen, once a frame has found them
    for (const block of walkBlocks(document.body, walkOptions)) {
      if (!seen?.has(block.container)) {
        hits.addBlock(block);
        if (!seen) read.add(block.container);
      }
      chars += block.text.length;
      if (chars > VISIBLE_FIRST_AFTER_CHARS && !seen && !onScreen) {
        // Finding what is on screen needs the page laid out. Asked just after a frame is drawn,
        // the layout is the frame's own and fresh; asked in a slice (or in the animation frame
        // itself), it was a forced layout of Tifa's (170–220 ms on the 5 MB page, the longest
        // task of its reading). Until then (never in a background tab) the walk goes on in
        // document order.
        onScreen = [];
        afterNextFrame(() => (onScreen = outermost(visibleContainers())), signal);
      }
      if (!seen && onScreen && onScreen.length > 0) {
        seen = new Set();
        for (const container of onScreen) {
          for (const visible of walkBlocks(container, walkOptions)) {
            if (read.has(visible.container)) continue;
            hits.addBlock(visible);
            seen.add(visible.container);
            yield;
          }
        }
      }
      yield;
    }
  }

  function* reread(own: Node[], whole: Node[]): Generator<void> {
    for (const root of own) {
      for (const block of walkBlocks(root, walkOptions, true)) {
        hits.addBlock(block);
        yield;
      }
    }
    for (const root of whole) {
      for (const block of walkBlocks(root, walkOptions)) {
        hits.addBlock(block);
        yield;
      }
    }
  }

  const schedule = () => {
    busy = true;
    // Batched: a page streaming content in causes one reread per idle period, not one per node.
    const id = requestIdleCallback(() => void rescan(), { timeout: 200 });
    signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  };

  async function rescan() {
    const records = pending;
    pending = [];
    const changed = new Set<Node>(); // blocks whose own text changed
    const added = new Set<Node>(); // new subtrees, read whole
    for (const record of records) {
      const block = record.type === 'characterData' ? containerOf(record.target) : blockAround(record.target);
      if (!block) continue;
      if (record.type === 'attributes') added.add(block); // shown or hidden: read it whole again
      else changed.add(block);
      for (const node of record.addedNodes) for (const inner of blocksWithin(node, walkOptions)) added.add(inner);
    }
    const whole = outermost([...added]);
    const wholeSet = new Set(whole);
    const own = new Set([...changed].filter((node) => !isInside(node, wholeSet)));
    hits.drop((container) => !container.isConnected || own.has(container) || isInside(container, wholeSet));
    const connected = (node: Node) => node.isConnected;
    await runInSlices(reread([...own].filter(connected), whole.filter(connected)), { signal, afterSlice: publish });
    if (!signal.aborted) onReread?.();
    done();
  }

  const done = () => {
    if (pending.length > 0 && !signal.aborted) schedule();
    else {
      busy = false;
      if (!signal.aborted) onSettled?.();
    }
  };

  observer.observe(document.body, OBSERVED);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  void runInSlices(firstScan(), { signal, startNow: true, afterSlice: publish }).then(() => {
    onFirstScan?.();
    done();
  });
}

const parentOf = (node: Node): Node | null => node.parentNode ?? (node as ShadowRoot).host ?? null;

/** Is `node` one of `roots`, or inside one (across shadow-root boundaries)? */
function isInside(node: Node, roots: Set<Node>): boolean {
  for (let p: Node | null = node; p; p = parentOf(p)) if (roots.has(p)) return true;
  return false;
}

/** Drops the nodes that sit inside another node of the list. */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    const parent = parentOf(node);
    return !parent || !isInside(parent, set);
  });
}

/**
 * What the reader sees first: the blocks under a few points near the top of the viewport, then
 * the elements that follow them in the page until one starts below the viewport. Few points, since
 * a hit test can be slow: about 6 ms each on the 5 MB page, whose 20,000 paragraphs share one
 * container (a grid of 36 took 220 ms there); the boxes of the elements after them cost next to
 * nothing once the frame has laid the page out.
 */
function visibleContainers(): Node[] {
  const found = new Set<Node>();
  for (const column of [0.25, 0.5, 0.75]) {
    const node = document.caretPositionFromPoint?.(innerWidth * column, innerHeight * 0.1)?.offsetNode;
    const container = node?.nodeType === Node.TEXT_NODE ? containerOf(node) : null;
    if (!container || container === document.body || !container.isConnected || found.has(container)) continue;
    found.add(container);
    if (!(container instanceof Element)) continue; // a shadow root: read whole
    for (let next = following(container); next && found.size < MAX_ON_SCREEN; next = following(next)) {
      if (next.getBoundingClientRect().top > innerHeight) break;
      found.add(next);
    }
  }
  return [...found];
}

/** Elements on screen read out of turn, at most: a bound on the boxes measured. */
const MAX_ON_SCREEN = 200;

/** The element after `element` in the page, its own descendants passed over. */
function following(element: Element): Element | null {
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
