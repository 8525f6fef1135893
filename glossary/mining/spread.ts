/** Where candidates occur: counts per source and year, and a sentence that shows one in use. Pure. */
import type { CorpusBuffer } from './buffer';
import type { Doc } from './manifest';

export interface Spread {
  /** "source year" → occurrences */
  counts: Map<string, number>;
  firstYear: string;
  lastYear: string;
  example?: { doc: Doc; sentence: string };
}

interface Node {
  next: Map<number, Node>;
  term: number;
}

/** The sentence (up to 。！？ or a line end) around [start, end), at most `max` units. */
export function sentenceAt(text: string, start: number, end: number, max = 160): string {
  const stop = /[。！？!?\n]/;
  let from = start;
  while (from > 0 && !stop.test(text[from - 1]!) && start - from < max / 2) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to]!) && to - end < max / 2) to++;
  if (to < text.length && stop.test(text[to]!)) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Every occurrence of every (folded) term in the corpus, overlaps included. */
export function spreadOf(terms: readonly string[], buffer: CorpusBuffer): Spread[] {
  const root: Node = { next: new Map(), term: -1 };
  terms.forEach((term, index) => {
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const unit = term.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), term: -1 }));
      node = child;
    }
    node.term = index;
  });
  const spreads: Spread[] = terms.map(() => ({ counts: new Map(), firstYear: '', lastYear: '' }));
  const { units, starts, docs } = buffer;
  docs.forEach((doc, d) => {
    const bucket = `${doc.source} ${doc.date.slice(0, 4)}`;
    const from = starts[d]!;
    const to = from + doc.text.length;
    for (let pos = from; pos < to; pos++) {
      // A doc ends in a 0 unit, which no term holds: the walk stops there.
      let node = root.next.get(units[pos]!);
      for (let end = pos + 1; node; end++) {
        if (node.term >= 0) {
          const spread = spreads[node.term]!;
          spread.counts.set(bucket, (spread.counts.get(bucket) ?? 0) + 1);
          spread.example ??= { doc, sentence: sentenceAt(doc.text, pos - from, end - from) };
        }
        node = node.next.get(units[end]!);
      }
    }
  });
  for (const spread of spreads) {
    const years = [...spread.counts.keys()].map((bucket) => bucket.slice(-4)).sort();
    spread.firstYear = years[0] ?? '';
    spread.lastYear = years.at(-1) ?? '';
  }
  return spreads;
}
