/**
 * The corpus as one buffer of folded units, the form the counting and the search work on: Han
 * characters folded (so 發展 and 发展 are one key), 0 for anything else and between texts.
 * Pure.
 */
import type { Doc } from './manifest';
import { isHanUnit } from './patterns';

export interface CorpusBuffer {
  docs: readonly Doc[];
  units: Uint16Array;
  /** Where each doc starts in `units`. */
  starts: Uint32Array;
}

export function corpusBuffer(docs: readonly Doc[], foldUnit: (unit: number) => number): CorpusBuffer {
  const starts = new Uint32Array(docs.length);
  let size = 0;
  docs.forEach((doc, d) => {
    starts[d] = size;
    size += doc.text.length + 1;
  });
  const units = new Uint16Array(size);
  docs.forEach((doc, d) => {
    const { text } = doc;
    const at = starts[d]!;
    for (let i = 0; i < text.length; i++) {
      const unit = foldUnit(text.charCodeAt(i));
      if (isHanUnit(unit)) units[at + i] = unit;
    }
  });
  return { docs, units, starts };
}

/** The index of the doc that holds position `pos`. */
export function docAt(buffer: CorpusBuffer, pos: number): number {
  let lo = 0;
  let hi = buffer.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buffer.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text as written (not folded) at [pos, pos + length). */
export function writtenAt(buffer: CorpusBuffer, pos: number, length: number): string {
  const d = docAt(buffer, pos);
  const from = pos - buffer.starts[d]!;
  return buffer.docs[d]!.text.slice(from, from + length);
}

/** The folded key at [pos, pos + length). */
export const keyAt = (buffer: CorpusBuffer, pos: number, length: number) =>
  String.fromCharCode(...buffer.units.subarray(pos, pos + length));
