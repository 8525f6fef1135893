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
  const changed: number[] = [];
  const set = (from: number, to: number) => {
    if (units[from] === 0) changed.push(from);
    units[from] = to;
  };
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0); // full-width forms → ASCII
  set(0x3000, 0x20); // ideographic space
  for (let c = 0x41; c <= 0x5a; c++) set(c, c + 0x20); // A-Z → a-z
  for (let c = 0xff21; c <= 0xff3a; c++) set(c, c - 0xfee0 + 0x20); // Ａ-Ｚ → a-z
  for (let i = 0; i + 1 < pairs.length; i += 2) set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  return { units, changed: Uint16Array.from(changed) };
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
