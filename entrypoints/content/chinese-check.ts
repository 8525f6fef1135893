/**
 * Is this page worth reading? Pages that are not Chinese pay a quick check and nothing more. A
 * page that renders its content late (a client-side app) gets a short grace period in which
 * added text is checked, then the watch ends either way.
 */
import { hasHanText, looksChinese } from './page-text';

const GRACE_MS = 10_000;

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
