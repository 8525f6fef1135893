/**
 * The match data as a page reads it: every table the matcher needs, made at build time and laid
 * out in one binary file that a page views in place with typed arrays. Decoding the JSON form cost
 * a Chinese page 8.7 ms of its start-up, measured in a page (parsing, unpacking the trie, filling
 * the fold, script and first-node tables, all in code not yet optimised); viewing costs a few
 * object allocations.
 * Only the terms' ids, categories and guards stay JSON, inside the file. Pure, no DOM.
 *
 * Layout: a header of 32-bit words (magic, format, then each section's byte offset and length),
 * then the sections in MATCH_FILE_SECTIONS order, each starting on a 4-byte boundary so every
 * typed array can view it. Numbers are little-endian: the byte order of every machine a browser
 * runs on; a reader of the other order would fail on the magic, not match wrongly.
 */
import { loadMatchData, type LoadedMatch, type MatchData, type MatchTerm } from './glossary';

const MAGIC = 0x41464954; // "TIFA" read as a little-endian 32-bit word
/** Raised when the layout changes; a file of another format is refused, not misread. */
const FORMAT = 1;

/** In file order; the terms come last (the benchmark's floor decodes the file by this list). */
export const MATCH_FILE_SECTIONS = ['foldUnits', 'foldChanged', 'scripts', 'labels', 'firstChild', 'entryOf', 'firstNode', 'terms'] as const;
type Section = (typeof MATCH_FILE_SECTIONS)[number];
const HEADER_BYTES = 4 * (2 + 2 * MATCH_FILE_SECTIONS.length);

/** The file's bytes for `data` (at build time, and for the benchmark's made-up glossaries). */
export function encodeMatchFile(data: MatchData): Uint8Array {
  const loaded = loadMatchData(data);
  const bytes = (view: ArrayBufferView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const parts: Record<Section, Uint8Array> = {
    foldUnits: bytes(loaded.fold.units),
    foldChanged: bytes(loaded.fold.changed),
    scripts: loaded.scripts,
    labels: bytes(loaded.trie.labels),
    firstChild: bytes(loaded.trie.firstChild),
    entryOf: bytes(loaded.trie.entryOf),
    firstNode: bytes(loaded.firstNode),
    terms: new TextEncoder().encode(JSON.stringify(data.terms)),
  };
  const align = (offset: number) => (offset + 3) & ~3;
  const header = new Uint32Array(HEADER_BYTES / 4);
  header[0] = MAGIC;
  header[1] = FORMAT;
  let offset = HEADER_BYTES;
  MATCH_FILE_SECTIONS.forEach((name, k) => {
    header[2 + 2 * k] = offset;
    header[3 + 2 * k] = parts[name].byteLength;
    offset = align(offset + parts[name].byteLength);
  });
  const file = new Uint8Array(offset);
  file.set(bytes(header), 0);
  MATCH_FILE_SECTIONS.forEach((name, k) => file.set(parts[name], header[2 + 2 * k]!));
  return file;
}

/** The match data in `file`, viewed in place: nothing is copied but the terms. */
export function decodeMatchFile(file: ArrayBuffer): LoadedMatch {
  const damaged = (why: string) => new Error(`Tifa: its match data file is damaged (${why}); reinstall the extension`);
  if (file.byteLength < HEADER_BYTES) throw damaged('too short');
  const header = new Uint32Array(file, 0, HEADER_BYTES / 4);
  if (header[0] !== MAGIC || header[1] !== FORMAT) throw damaged('not a Tifa match file of this version');
  const section = (name: Section, unit: number) => {
    const k = MATCH_FILE_SECTIONS.indexOf(name);
    const offset = header[2 + 2 * k]!;
    const length = header[3 + 2 * k]!;
    if (offset % 4 !== 0 || length % unit !== 0 || offset + length > file.byteLength) throw damaged(`section ${name}`);
    return [offset, length / unit] as const;
  };
  const u16 = (name: Section) => new Uint16Array(file, ...section(name, 2));
  const i32 = (name: Section) => new Int32Array(file, ...section(name, 4));
  const trie = { labels: u16('labels'), firstChild: i32('firstChild'), entryOf: i32('entryOf') };
  if (trie.firstChild.length !== trie.labels.length + 1 || trie.entryOf.length !== trie.labels.length) throw damaged('trie lengths differ');
  const fold = { units: u16('foldUnits'), changed: u16('foldChanged') };
  const scripts = new Uint8Array(file, ...section('scripts', 1));
  const firstNode = u16('firstNode');
  // Indexed by any UTF-16 unit.
  if (fold.units.length !== 0x10000 || scripts.length !== 0x10000 || firstNode.length !== 0x10000) throw damaged('unit tables');
  const terms = JSON.parse(new TextDecoder().decode(new Uint8Array(file, ...section('terms', 1)))) as MatchTerm[];
  return { terms, fold, scripts, trie, firstNode };
}
