/**
 * Recurring character n-grams of a corpus, with the branching entropy on either side of each: a
 * term is free to stand beside many different characters, while a fragment of a longer phrase
 * (质量发 inside 高质量发展) nearly always has the same neighbour. Pure.
 *
 * Counted level by level (Apriori): an n-gram is counted only where its two (n-1)-grams both
 * recur, and it is keyed by (id of its prefix, last unit), which is exact and fits a double, so a
 * 100-million-character corpus needs no string per position.
 */

export interface Gram {
  /** Where the first occurrence starts in the text. */
  start: number;
  length: number;
  count: number;
  /** Entropy (nats) of the unit before / after an occurrence; a text edge counts as a new unit each time. */
  leftEntropy: number;
  rightEntropy: number;
}

/** An open-addressing map from a numeric key to a dense id, with per-id arrays that grow. */
class GramTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  size = 0;
  counts = new Uint32Array(1 << 12);
  first = new Uint32Array(1 << 12);
  prefix = new Int32Array(1 << 12);
  suffix = new Int32Array(1 << 12);

  private static hash(key: number): number {
    const hi = Math.floor(key / 0x100000000);
    return Math.imul((key >>> 0) ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (hi >>> 7);
  }

  /** Counts one occurrence at `pos`; returns the gram's id. */
  add(key: number, pos: number, prefix: number, suffix: number): number {
    let slot = GramTable.hash(key) & this.mask;
    while (this.keys[slot] !== -1) {
      if (this.keys[slot] === key) {
        const id = this.ids[slot]!;
        this.counts[id]!++;
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    if (id === this.counts.length) this.growArrays();
    this.keys[slot] = key;
    this.ids[slot] = id;
    this.counts[id] = 1;
    this.first[id] = pos;
    this.prefix[id] = prefix;
    this.suffix[id] = suffix;
    if (this.size * 2 > this.mask) this.rehash();
    return id;
  }

  private growArrays() {
    const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.counts = grow(this.counts, (n) => new Uint32Array(n));
    this.first = grow(this.first, (n) => new Uint32Array(n));
    this.prefix = grow(this.prefix, (n) => new Int32Array(n));
    this.suffix = grow(this.suffix, (n) => new Int32Array(n));
  }

  private rehash() {
    const { keys, ids } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === -1) continue;
      let slot = GramTable.hash(keys[s]!) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[s]!;
      this.ids[slot] = ids[s]!;
    }
  }
}

/** Σ c·ln c over a gram's neighbours, from the counts of the grams one unit longer. */
function neighbourSums(longer: GramTable, shorterSize: number) {
  const left = new Float64Array(shorterSize);
  const right = new Float64Array(shorterSize);
  for (let id = 0; id < longer.size; id++) {
    const c = longer.counts[id]!;
    if (c < 2) continue; // c·ln c is 0 for a neighbour seen once, as for a text edge
    right[longer.prefix[id]!]! += c * Math.log(c);
    left[longer.suffix[id]!]! += c * Math.log(c);
  }
  return { left, right };
}

/**
 * @param units the corpus, one UTF-16 unit per position, 0 where no n-gram may cross (anything
 *   but the characters to count: punctuation, Latin, the gap between texts).
 */
export function recurringGrams(
  units: Uint16Array,
  options: { minLength: number; maxLength: number; minCount: number },
): Gram[] {
  const n = units.length;
  // idAt[pos]: the id of the gram of the current length starting at pos, or -1 if it is rare.
  let idAt = new Int32Array(n);
  for (let pos = 0; pos < n; pos++) idAt[pos] = units[pos] === 0 ? -1 : units[pos]!;
  const grams: Gram[] = [];
  let previous: GramTable | undefined;
  for (let length = 2; length <= options.maxLength + 1; length++) {
    const table = new GramTable();
    const next = new Int32Array(n).fill(-1);
    for (let pos = 0; pos + length <= n; pos++) {
      const head = idAt[pos]!;
      if (head < 0) continue;
      const tail = idAt[pos + 1]!;
      if (tail < 0) continue; // the (n-1)-gram after pos ends where this one does: both recur
      next[pos] = table.add(head * 0x10000 + units[pos + length - 1]!, pos, head, tail);
    }
    for (let pos = 0; pos < n; pos++) if (next[pos]! >= 0 && table.counts[next[pos]!]! < options.minCount) next[pos] = -1;
    if (previous && length - 1 >= options.minLength) collect(grams, previous, neighbourSums(table, previous.size), length - 1, options.minCount);
    previous = table;
    idAt = next;
  }
  return grams;
}

function collect(grams: Gram[], table: GramTable, sums: { left: Float64Array; right: Float64Array }, length: number, minCount: number) {
  for (let id = 0; id < table.size; id++) {
    const count = table.counts[id]!;
    if (count < minCount) continue;
    const entropy = (sum: number) => Math.log(count) - sum / count;
    grams.push({ start: table.first[id]!, length, count, leftEntropy: entropy(sums.left[id]!), rightEntropy: entropy(sums.right[id]!) });
  }
}
