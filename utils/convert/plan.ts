/**
 * Which strings of a page the converter may rewrite: text nodes and a few attributes a reader
 * sees, inside the document and its open shadow roots, never inside editable fields, code,
 * scripts, content marked `translate="no"`, or Tifa's own UI. DOM reads only, no writes.
 */
import { isEditingHost, MADE_EDITABLE, nextOutside } from '../dom-walk';

/** Attributes a reader sees or hears: tooltips, image text, field hints, screen-reader labels. */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;
export type ConvertedAttribute = (typeof CONVERTED_ATTRIBUTES)[number];

/**
 * Elements whose text is never rewritten (their attributes still are: an input's placeholder), by
 * `localName`: lower case for HTML, SVG and MathML roots alike, so no case folding per element.
 */
const SKIPPED_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'iframe', 'object', 'canvas',
]);

/** What puts an element off limits by its attributes: editable, or marked not to be translated. */
const OFF_LIMITS_ATTRIBUTES = `${MADE_EDITABLE}, [translate="no"], .notranslate`;

/**
 * The elements that can hold an open shadow root (DOM Standard, attachShadow: custom elements,
 * whose names have a hyphen, and these): the walk asks the others nothing about one.
 */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** Any Han character (the unified block and extension A; rarer ones only occur beside these). */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A string to convert: a text node, or an attribute of an element. A walk that read the string
 * hands it on as `value` (what it read a moment ago, in the same task): reading it again would
 * cost another call into Blink and another copy of the text.
 */
export type Slot = { node: Text; attribute?: undefined; value?: string } | { node: Element; attribute: ConvertedAttribute; value?: string };

/**
 * Elements left alone with everything inside. Editable content is never touched: rewriting it
 * moves the caret and can lose what the reader is typing (New Tong Wen Tang #10, #31).
 */
export function isOffLimits(element: Element): boolean {
  if (isOffLimitsByName(element.localName)) return true;
  return element.ownerDocument.designMode === 'on' || element.matches(OFF_LIMITS_ATTRIBUTES);
}

/** Code, scripts, form fields and Tifa's own UI (the popover host), by local name. */
const isOffLimitsByName = (name: string) => SKIPPED_TEXT.has(name) || name.startsWith('tifa-');

/** True when `node` sits inside something never rewritten (checked for mutation records). */
export function isInOffLimits(node: Node): boolean {
  for (let p: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode; p; ) {
    if (p.nodeType === Node.ELEMENT_NODE && isOffLimits(p as Element)) return true;
    p = p.parentNode ?? (p as ShadowRoot).host ?? null;
  }
  return node.ownerDocument?.designMode === 'on';
}

const NO_SLOTS: readonly Slot[] = [];

/** Elements that have any of the converted attributes. */
const HINTED = CONVERTED_ATTRIBUTES.map((name) => `[${name}]`).join(', ');

/** The converted attributes of an element that hold Han text; a shared empty list for most elements. */
function attributeSlots(element: Element): readonly Slot[] {
  let slots: Slot[] | null = null;
  for (const attribute of CONVERTED_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value && HAN.test(value)) (slots ??= []).push({ node: element, attribute, value });
  }
  return slots ?? NO_SLOTS;
}

/** The attributes of an element whose content is off limits: an editor's own are left alone too. */
const hintsOf = (element: Element) => (isEditingHost(element) ? NO_SLOTS : attributeSlots(element));

/**
 * Every slot under `root` (itself included) holding Han text, in document order. Open shadow
 * roots are entered and handed to `onShadowRoot` (to observe them). A generator, so a 5 MB page
 * can be walked a slice at a time.
 *
 * An extension's every read of a page node is a call into Blink, from the isolated world, where
 * node wrappers are looked up in a table of their own: asking each element its tag, its
 * editability, its translate marks and its four hint attributes made the 5 MB page's walk twice as
 * long as it is now. So the elements with any of those attributes are found up front, each kind
 * with one `querySelectorAll`, and the walk asks an element only its name. The lists are taken
 * when the walk starts; what the page adds or marks later reaches the converter through its
 * MutationObserver, which walks it again.
 */
export function* slotsUnder(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<Slot> {
  if (root.nodeType === Node.TEXT_NODE) {
    const value = (root as Text).data;
    if (HAN.test(value) && !isInOffLimits(root)) yield { node: root as Text, value };
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  if (isInOffLimits(root)) {
    // An input or textarea keeps its hint attributes convertible; its value never is.
    if (root.nodeType === Node.ELEMENT_NODE && !(root.parentNode && isInOffLimits(root.parentNode))) {
      yield* hintsOf(root as Element);
    }
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE) yield* attributeSlots(root as Element);
  const shadow = (root as Element).shadowRoot;
  if (shadow) {
    onShadowRoot?.(shadow);
    yield* slotsUnder(shadow, onShadowRoot);
  }
  const offLimits = new Set((root as ParentNode).querySelectorAll(OFF_LIMITS_ATTRIBUTES));
  const hinted = new Set((root as ParentNode).querySelectorAll(HINTED));
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    // Elements have a localName, text nodes none: told apart without asking Blink for nodeType.
    const name = (node as Partial<Element>).localName;
    if (name === undefined) {
      const value = (node as Text).data;
      if (HAN.test(value)) yield { node: node as Text, value };
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (isOffLimitsByName(name) || offLimits.has(element)) {
      if (hinted.has(element)) yield* hintsOf(element);
      node = nextOutside(walker);
      continue;
    }
    if (hinted.has(element)) yield* attributeSlots(element);
    const elementShadow = SHADOW_HOSTS.has(name) || name.includes('-') ? element.shadowRoot : null;
    if (elementShadow) {
      onShadowRoot?.(elementShadow);
      yield* slotsUnder(elementShadow, onShadowRoot);
    }
    node = walker.nextNode();
  }
}

/**
 * The slots from `first` to `last` (two nodes of the same tree, `first` not after `last`), in
 * document order: what the reader sees, converted before the rest. Only the light DOM between
 * them; what is off limits is left out, and the whole-page pass sees anything missed here.
 */
export function* slotsBetween(first: Node, last: Node): Generator<Slot> {
  const doc = first.ownerDocument!;
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    if (!isInOffLimits(node)) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (HAN.test((node as Text).data)) yield { node: node as Text };
      } else yield* attributeSlots(node as Element);
    }
    if (node === last) return;
  }
}

export const readSlot = (slot: Slot): string =>
  slot.attribute ? (slot.node.getAttribute(slot.attribute) ?? '') : slot.node.data;

export function writeSlot(slot: Slot, value: string): void {
  if (slot.attribute) slot.node.setAttribute(slot.attribute, value);
  else slot.node.data = value;
}

/**
 * Whether the conversion sets the `lang` of `element`: the root when it is declared Chinese or
 * not at all (an English page with some Chinese keeps its language for screen readers), and any
 * other element declared Chinese.
 */
export function followsConversion(element: Element): boolean {
  const lang = element.getAttribute('lang');
  return element === element.ownerDocument.documentElement ? !lang || isChineseLang(lang) : isChineseLang(lang);
}

/** Elements whose `lang` follows the conversion under `root` (the document: the root too). */
export function* chineseLangElements(root: Node): Generator<Element> {
  const doc = root.ownerDocument ?? (root as Document);
  const html = doc.documentElement;
  if ((root === html || root === doc) && followsConversion(html)) yield html;
  if (root.nodeType === Node.ELEMENT_NODE && root !== html && followsConversion(root as Element)) yield root as Element;
  if ('querySelectorAll' in root) {
    for (const element of (root as ParentNode).querySelectorAll('[lang]')) {
      if (element !== html && followsConversion(element)) yield element;
    }
  }
}

export const isChineseLang = (lang: string | null) => lang !== null && /^(zh|cmn|yue)\b/i.test(lang);
