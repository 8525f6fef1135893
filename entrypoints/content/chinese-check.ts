/**
 * Is this page worth reading? Pages that are not Chinese pay a quick check and nothing more. A
 * page that renders its content late (a client-side app) gets a short grace period in which
 * added text is checked, then the watch ends either way; the bootstrap starts a new one when the
 * page navigates in place (a single-page app) or is shown again.
 */
const GRACE_MS = 10_000;

const HAN = /[\u3400-\u9fff]/;

/**
 * Quick check that a page is Chinese: its declared language, or Han characters within the first
 * `limit` characters of text.
 */
export function looksChinese(doc: Document, limit = 20_000): boolean {
  if (/^(zh|yue|lzh)\b/i.test(doc.documentElement.lang)) return true;
  if (!doc.body) return false;
  return hasHanText(doc.body, limit);
}

export function hasHanText(root: Node, limit = 20_000): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node && read < limit; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const data = (node as Text).data;
    if (HAN.test(data)) return true;
    read += data.length;
  }
  return false;
}

export function whenChinese(signal: AbortSignal): Promise<boolean> {
  if (looksChinese(document)) return Promise.resolve(true);
  if (!document.body) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (hasHanText(node, 2_000)) return finish(true);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(false), GRACE_MS);
    signal.addEventListener('abort', () => finish(false), { once: true });
  });
}
