/**
 * What the converter wrote, per DOM string (a text node, or one attribute of an element), so that
 * it can put every original back, recognise its own writes when the MutationObserver reports
 * them, and stop fighting another script that keeps rewriting the same string (two converters
 * ping-ponging through each other's observers: New Tong Wen Tang #39). Pure: no DOM.
 */
export interface Rewrite {
  /** The text as the page wrote it. */
  original: string;
  /** The text we wrote. */
  converted: string;
}

/** How many times a string may be put back to its original by someone else before we leave it be. */
export const MAX_REVERTS = 4;

export interface RewriteLog<K> {
  /**
   * The text to convert for `key`, which now reads `current`: the page's original when `current` is
   * our own write, `current` when the page wrote it, null when the key is contested.
   */
  sourceOf(key: K, current: string): string | null;
  /** True when `current` is exactly what we wrote (a mutation record caused by ourselves). */
  isOwnWrite(key: K, current: string): boolean;
  /**
   * Records that `source` (read while the key showed `current`) converts to `converted`, and says
   * whether to write it: never when nothing changes, and not once the key is contested.
   */
  accept(key: K, current: string, source: string, converted: string): boolean;
  /** Every rewrite, to put the originals back. */
  entries(): IterableIterator<[K, Rewrite]>;
  clear(): void;
}

export function createRewriteLog<K>(maxReverts = MAX_REVERTS): RewriteLog<K> {
  const log = new Map<K, Rewrite>();
  const reverts = new Map<K, number>();
  const contested = new Set<K>();

  return {
    sourceOf(key, current) {
      if (contested.has(key)) return null;
      const rewrite = log.get(key);
      return rewrite && rewrite.converted === current ? rewrite.original : current;
    },
    isOwnWrite(key, current) {
      return log.get(key)?.converted === current;
    },
    accept(key, current, source, converted) {
      if (contested.has(key)) return false;
      const rewrite = log.get(key);
      if (rewrite && rewrite.converted === current) {
        // Ours: a new target for the same original.
        rewrite.converted = converted;
        return converted !== current;
      }
      if (rewrite && converted === rewrite.converted) {
        // Someone put back text that converts to what we had written: count it, and stop after a few.
        const count = (reverts.get(key) ?? 0) + 1;
        reverts.set(key, count);
        if (count > maxReverts) {
          contested.add(key);
          log.delete(key);
          return false;
        }
      }
      if (converted === source) {
        log.delete(key); // the page's own text, nothing of ours to put back
        return false;
      }
      log.set(key, { original: source, converted });
      return true;
    },
    entries: () => log.entries(),
    clear() {
      log.clear();
      reverts.clear();
      contested.clear();
    },
  };
}
