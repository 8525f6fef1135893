/**
 * The runtime side of the character fold (built by glossary/fold-table.ts). Pure, no DOM.
 *
 * A fold maps each UTF-16 code unit to a key unit. Besides the Traditional/Simplified pairs it
 * folds full-width ASCII to half-width and upper case to lower case, so "２０＋８" and "20+8"
 * match too. Every mapping is one unit to one unit, so offsets survive folding.
 */
export type FoldTable = Uint16Array;

export function createFoldTable(pairs: string): FoldTable {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0; // full-width forms → ASCII
  table[0x3000] = 0x20; // ideographic space
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20; // A-Z → a-z
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0 + 0x20; // Ａ-Ｚ → a-z
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  }
  return table;
}

export function foldText(table: FoldTable, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]!);
  return out;
}
