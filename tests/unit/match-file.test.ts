import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermIndex, loadMatchData } from '@/utils/engine/glossary';
import { decodeMatchFile, encodeMatchFile } from '@/utils/engine/match-file';
import { bundledGlossary } from './helpers';

const article = readFileSync(join(__dirname, '../fixtures/article-hk.txt'), 'utf8');
const { match } = bundledGlossary();
/** A fresh buffer holding just these bytes, as fetch gives one. */
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;
const termsIn = (index: ReturnType<typeof createTermIndex>, text: string) =>
  index.matcher.findAll(text).map(({ start, end, entry }) => [start, end, index.terms[entry]!.id]);

describe('the match data file', () => {
  const file = encodeMatchFile(match);
  const decoded = decodeMatchFile(bufferOf(file));

  it('holds the tables and terms the JSON form loads to', () => {
    const loaded = loadMatchData(match);
    expect(decoded.terms).toEqual(loaded.terms);
    expect(decoded.fold.units).toEqual(loaded.fold.units);
    expect(decoded.fold.changed).toEqual(loaded.fold.changed);
    expect(decoded.scripts).toEqual(loaded.scripts);
    expect(decoded.trie).toEqual(loaded.trie);
    expect(decoded.firstNode).toEqual(loaded.firstNode);
  });

  it('matches the test article as the JSON form does', () => {
    const found = termsIn(createTermIndex(decoded), article);
    expect(found.length).toBeGreaterThan(50);
    expect(found).toEqual(termsIn(createTermIndex(loadMatchData(match)), article));
  });

  it('is what the build ships', () => {
    const built = readFileSync(join(__dirname, '../../glossary/.generated/match.bin'));
    expect(new Uint8Array(built)).toEqual(encodeMatchFile(JSON.parse(readFileSync(join(__dirname, '../../glossary/.generated/match.json'), 'utf8'))));
  });

  it('refuses a damaged or foreign file with a clear error', () => {
    const damaged = /match data file is damaged/;
    expect(() => decodeMatchFile(bufferOf(file.subarray(0, 20)))).toThrow(damaged);
    expect(() => decodeMatchFile(bufferOf(file.subarray(0, file.length - 8)))).toThrow(/damaged \(section terms\)/);
    const foreign = file.slice();
    foreign[0] = 0x7b; // a JSON file's "{"
    expect(() => decodeMatchFile(bufferOf(foreign))).toThrow(/not a Tifa match file/);
    const newer = file.slice();
    newer[4] = 2; // another format
    expect(() => decodeMatchFile(bufferOf(newer))).toThrow(/not a Tifa match file/);
  });
});
