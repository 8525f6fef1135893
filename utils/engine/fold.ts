/**
 * The runtime side of the character fold (built by glossary/fold-table.ts). Pure, no DOM.
 *
 * A fold maps each UTF-16 code unit to a key unit. Besides the Traditional/Simplified pairs it
 * folds full-width ASCII to half-width and upper case to lower case, so "２０＋８" and "20+8"
 * match too. Every mapping is one unit to one unit, so offsets survive folding.
 *
 * Most units fold to themselves, so the table stores 0 for those: it is made without touching all
 * 65,536 slots, which matters because it is built on every page load, in code not yet optimised.
 */
export interface FoldTable {
  /** The key unit of each unit, or 0 where the unit is its own key. */
  readonly units: Uint16Array;
  /** Every unit whose key is another unit. */
  readonly changed: Uint16Array;
}

export function createFoldTable(pairs: string): FoldTable {
  const units = new Uint16Array(0x10000);
  // Full-width forms → ASCII, then every letter → lower case; the ideographic space → space.
  for (let c = 0xff01; c <= 0xff5e; c++) units[c] = c - 0xfee0;
  for (let c = 0xff21; c <= 0xff3a; c++) units[c] = c - 0xfee0 + 0x20;
  for (let c = 0x41; c <= 0x5a; c++) units[c] = c + 0x20;
  units[0x3000] = 0x20;
  for (let i = 0; i + 1 < pairs.length; i += 2) units[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  // The units mapped above, listed in a typed array sized up front: this runs on every page load,
  // in code not yet optimised, where growing a list costs more than the loops.
  const changed = new Uint16Array(pairs.length / 2 + 0x100);
  let count = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) changed[count++] = pairs.charCodeAt(i);
  for (let c = 0x41; c <= 0x5a; c++) changed[count++] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) changed[count++] = c;
  changed[count++] = 0x3000;
  return { units, changed: changed.subarray(0, count) };
}

/** The key unit of `unit`. */
export function foldUnit(table: FoldTable, unit: number): number {
  return table.units[unit] || unit;
}

export function foldText(table: FoldTable, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(table, text.charCodeAt(i)));
  return out;
}
