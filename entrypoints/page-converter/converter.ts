/**
 * Shows one frame's page in another script and back. Walks the page's text a slice at a time,
 * sends it in large batches to the converter page, and writes each result only where the page
 * still shows what was read. Keeps every original (utils/convert/guard.ts) so "Original" puts back
 * exactly what the page had, and afterwards converts content as it arrives, ignoring its own
 * writes and giving up on a string another script keeps reverting.
 */
import { browser } from 'wxt/browser';
import { runInSlices } from '@/utils/slices';
import { benchSetting, mark } from '@/utils/perf';
import { createRewriteLog, type RewriteLog } from '@/utils/convert/guard';
import type { ConvertRequest, ConvertResponse, OpenConverter } from '@/utils/convert/messages';
import {
  chineseLangElements,
  CONVERTED_ATTRIBUTES,
  followsConversion,
  isChineseLang,
  isInOffLimits,
  readSlot,
  slotsBetween,
  slotsUnder,
  writeSlot,
  type Slot,
} from '@/utils/convert/plan';
import { LANG_TAGS, type PageScript, type ScriptTarget, type SourceScript } from '@/utils/convert/targets';
import { CONVERSION_ENDS, CONVERSION_STARTS, worldEvents } from '@/utils/world-events';
import { createLangPins } from './lang-pins';
import { viewportSpan } from './viewport';

/** Characters per message to the converter: few round trips, each well under a frame to clone. */
const BATCH_CHARS = 32_000;
/**
 * The first batch, what is on screen (a screenful is 1,500–3,000 characters) and a little more: small, so the
 * reader sees the change as soon as possible; an article fits in it whole, in one round trip.
 */
const FIRST_BATCH_CHARS = 8_000;
/**
 * Writes per slice, in characters and milliseconds. Every slice of writes is followed by the
 * browser laying out the changed text, which costs far more than the writes (about 0.3 µs a
 * character on the 2-core bench machine, plus a fixed cost per frame that grows with the page:
 * 55 ms on the 5 MB page even for one changed node), so a slice is bounded by what it leaves
 * the browser to lay out, not only by its own time.
 */
const WRITE_CHARS = 150_000;
const WRITE_MS = 30;
const READ_MS = 20;
/**
 * Pins taken off per slice once the root has the language. Each one makes the browser restyle
 * its block, and in the root's task they would add to the one restyle of the page that the
 * root's new `lang` costs (about 27 µs a pinned block, however the blocks are pinned).
 */
const UNPIN_PER_SLICE = 1000;
/**
 * Above this many pins the page keeps them and its root keeps its `lang` (lang-pins.ts): the
 * root's restyle costs about 27 µs a pinned block, so this bounds it near 50 ms.
 */
const ROOT_LANG_MAX_PINS = 2000;

const OBSERVED: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributeFilter: [...CONVERTED_ATTRIBUTES, 'lang'],
};

interface Pending {
  slot: Slot;
  /** What the slot showed when read: the result is written only if it still does. */
  seen: string;
  /** What is converted: the page's original text. */
  source: string;
}

/** A batch back from the converter: `converted[i]` is the text for `batch[i]`. */
interface Converted {
  batch: Pending[];
  converted: string[];
}

export interface PageConverter {
  readonly script: PageScript;
  /** Shows the page in `script` ('original': puts every original back); resolves when done. */
  show(script: PageScript): Promise<void>;
  stop(): void;
}

export function createPageConverter(): PageConverter {
  const texts = createRewriteLog<Text>();
  const attributes = new Map(CONVERTED_ATTRIBUTES.map((name) => [name, createRewriteLog<Element>()]));
  /** Elements whose `lang` we changed, with the value to put back (null: there was none). */
  const langs = new Map<Element, string | null>();
  const pins = createLangPins();
  /** Pins the block of each text written while a pass of show() runs. */
  let pin: ((text: Text) => void) | null = null;
  const logOf = (slot: Slot): RewriteLog<Node> =>
    (slot.attribute ? attributes.get(slot.attribute)! : texts) as RewriteLog<Node>;

  let script: PageScript = 'original';
  let source: SourceScript | null = null;
  let detecting: Promise<unknown> | null = null;
  /** The current pass; a newer show() aborts it so its late results are not written. */
  let run = new AbortController();
  /** Results waiting to be written, and the one pass of slices writing them while there are. */
  let toWrite: Converted[] = [];
  let writing = false;
  let written = Promise.resolve();
  const shadowRoots = new Set<ShadowRoot>();
  const observer = new MutationObserver((records) => onMutations(records));
  const observe = (root: Node) => observer.observe(root, OBSERVED);
  const onShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    observe(root);
  };

  /**
   * The background opens the converter page while it injects this script; a site rule's copy,
   * loaded with the page, may ask first: no page answers then, so it has it opened and asks again.
   */
  const request = async (texts: string[], to: ScriptTarget) => {
    const message: ConvertRequest = { type: 'tifa:convert', texts, from: source, to, lang: document.documentElement.lang };
    const ask = () => browser.runtime.sendMessage(message).catch(() => undefined) as Promise<ConvertResponse | undefined>;
    const reply = await ask();
    if (reply) return reply;
    await browser.runtime.sendMessage({ type: 'tifa:open-converter' } satisfies OpenConverter);
    return (await browser.runtime.sendMessage(message)) as ConvertResponse;
  };

  /** Converts one batch; the first one also settles the page's source script for all others. */
  async function send(batch: Pending[], to: ScriptTarget, signal: AbortSignal) {
    const sources = batch.map((item) => item.source);
    let reply: Promise<ConvertResponse>;
    if (source || detecting) reply = Promise.resolve(detecting).then(() => request(sources, to));
    else {
      reply = request(sources, to);
      detecting = reply.then((r) => (source = r.from));
    }
    const { texts: converted } = await reply;
    if (signal.aborted) return;
    toWrite.push({ batch, converted });
  }

  function startWriting(signal: AbortSignal) {
    if (writing || toWrite.length === 0 || signal.aborted) return;
    writing = true;
    written = runInSlices(write(), { signal, startNow: true, sliceMs: WRITE_MS, sliceUnits: benchSetting('slice') ?? WRITE_CHARS });
  }

  /** Writes what came back, in document order, as long as there is some; yields the characters written. */
  function* write() {
    for (let next = toWrite.shift(); next; next = toWrite.shift()) {
      // The page was made editable whole (designMode) since it was read: nothing more is written.
      if (document.designMode === 'on') break;
      const { batch, converted: results } = next;
      for (let i = 0; i < batch.length; i++) {
        const { slot, seen, source } = batch[i]!;
        const converted = results[i]!;
        const current = readSlot(slot);
        // Changed by the page while we converted: the observer brings the new text back to us.
        if (current === seen && logOf(slot).accept(slot.node, current, source, converted)) {
          if (!slot.attribute) pin?.(slot.node);
          writeSlot(slot, converted);
          yield converted.length;
        } else yield 0;
      }
    }
    writing = false;
  }

  /**
   * Reads the slots a slice at a time, sending a batch whenever enough text has gathered and at
   * the end of the first slice. That first batch (what is on screen, when `slots` starts with it,
   * and the top of the page) is written as soon as it is back; the rest once everything is read:
   * writes make the browser lay the page out again after each slice, and reading between those
   * layouts would take many more of them. A page read in one slice goes in one batch.
   */
  async function convert(slots: Iterable<Slot>, to: ScriptTarget, signal: AbortSignal) {
    const sent: Promise<void>[] = [];
    let batch: Pending[] = [];
    let chars = 0;
    let reading = true;
    const flush = () => {
      if (batch.length > 0) {
        const first = sent.length === 0;
        sent.push(
          send(batch, to, signal).then(() => {
            if (!first && reading) return;
            startWriting(signal);
            if (first) mark('viewport-converted'); // its first slice has written it
          }),
        );
      }
      batch = [];
      chars = 0;
    };
    function* read() {
      for (const slot of slots) {
        const seen = slot.value ?? readSlot(slot);
        const source = logOf(slot).sourceOf(slot.node, seen);
        if (source !== null) {
          batch.push({ slot, seen, source });
          chars += source.length;
          if (chars >= (sent.length === 0 ? FIRST_BATCH_CHARS : BATCH_CHARS)) flush();
        }
        yield;
      }
    }
    await runInSlices(read(), { signal, startNow: true, sliceMs: READ_MS, afterSlice: (done) => sent.length === 0 && !done && flush() });
    reading = false;
    if (!signal.aborted) flush();
    startWriting(signal);
    await Promise.all(sent);
    while (writing && !signal.aborted) await written;
  }

  /** Gives the page's Chinese `lang`s the target's, but the root's and the body's where pins stand in for them. */
  function setLangs(root: Node, to: ScriptTarget, pinned = false) {
    const doc = root.ownerDocument ?? (root as Document);
    for (const element of chineseLangElements(root)) {
      if (pins.has(element)) continue; // ours, taken off after
      if (pinned && (element === doc.documentElement || element === doc.body)) continue;
      if (!langs.has(element)) langs.set(element, element.getAttribute('lang'));
      if (element.getAttribute('lang') !== LANG_TAGS[to]) element.setAttribute('lang', LANG_TAGS[to]);
    }
  }

  function onMutations(records: MutationRecord[]) {
    if (script === 'original') return;
    const to = script;
    const roots = new Set<Node>();
    const slots: Slot[] = [];
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        const node = target as Text;
        if (!texts.isOwnWrite(node, node.data)) roots.add(node);
      } else if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.isConnected) roots.add(node);
      } else if (record.attributeName === 'lang') {
        const element = target as Element;
        const lang = element.getAttribute('lang');
        if (lang !== LANG_TAGS[to]) pins.forget(element);
        if (lang !== LANG_TAGS[to] && (langs.has(element) || isChineseLang(lang))) {
          langs.set(element, lang); // the page's new value is what "Original" puts back
          element.setAttribute('lang', LANG_TAGS[to]);
        }
      } else {
        const element = target as Element;
        const name = record.attributeName as (typeof CONVERTED_ATTRIBUTES)[number];
        const value = element.getAttribute(name);
        if (value !== null && !attributes.get(name)!.isOwnWrite(element, value) && !isInOffLimits(element)) {
          slots.push({ node: element, attribute: name });
        }
      }
    }
    for (const root of roots) if (root.nodeType === Node.ELEMENT_NODE) setLangs(root, to, pin !== null);
    void convert(each(slots, roots), to, run.signal).catch(stop);
  }

  /** The slots on screen, then every slot of the page not among them. */
  function* onScreenFirst(): Generator<Slot> {
    const span = viewportSpan();
    const seen = new Set<Node>();
    if (span) {
      for (const slot of slotsBetween(...span)) {
        seen.add(slot.node);
        yield slot;
      }
    }
    for (const slot of slotsUnder(document.documentElement, onShadowRoot)) if (!seen.has(slot.node)) yield slot;
  }

  function* each(slots: Slot[], roots: Set<Node>): Generator<Slot> {
    yield* slots;
    for (const root of roots) if (root.isConnected) yield* slotsUnder(root, onShadowRoot);
  }

  /** Puts the originals back; yields the characters written. */
  function* restore() {
    const pinOriginal = pins.pass((from) => langs.get(from) ?? null);
    for (const [name, log] of [['', texts], ...attributes] as [string, RewriteLog<Node>][]) {
      for (const [node, { original, converted }] of log.entries()) {
        const slot = (name ? { node, attribute: name } : { node }) as Slot;
        // Only what still shows our text: anything the page wrote since is its own.
        if (readSlot(slot) === converted) {
          if (!slot.attribute) pinOriginal(slot.node);
          writeSlot(slot, original);
          yield original.length;
        } else yield 0;
      }
      log.clear();
    }
    pins.unpinAll();
    for (const [element, lang] of langs) {
      if (lang === null) element.removeAttribute('lang');
      else element.setAttribute('lang', lang);
    }
    langs.clear();
  }

  function stop() {
    run.abort();
    toWrite = [];
    writing = false;
    pin = null;
    observer.disconnect();
    shadowRoots.clear();
  }

  return {
    get script() {
      return script;
    },
    async show(next) {
      if (next === script) return;
      stop();
      run = new AbortController();
      const { signal } = run;
      script = next;
      // The content script pauses meanwhile and reads the page again after: its observer would
      // otherwise read again every block the converter writes, one by one.
      worldEvents().dispatchEvent(new Event(CONVERSION_STARTS));
      try {
        if (next === 'original') {
          await runInSlices(restore(), { signal, startNow: true, sliceMs: WRITE_MS, sliceUnits: WRITE_CHARS });
          return;
        }
        observe(document.documentElement);
        pin = pins.pass((from) => (followsConversion(from) ? LANG_TAGS[next] : null));
        await convert(onScreenFirst(), next, signal);
        if (signal.aborted) return;
        if (pins.count > ROOT_LANG_MAX_PINS) {
          // A long page keeps its pins, and pins the blocks of text it gets later too.
          setLangs(document, next, true);
        } else {
          pin = null;
          // The root takes the language while the blocks still have it (no text is shaped
          // again), then the pins come off a slice at a time.
          setLangs(document, next);
          await runInSlices(pins.release(), { signal, startNow: true, sliceUnits: UNPIN_PER_SLICE });
        }
        mark('converted');
      } finally {
        worldEvents().dispatchEvent(new Event(CONVERSION_ENDS));
      }
    },
    stop,
  };
}
