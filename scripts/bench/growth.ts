/**
 * Start-up as the glossary grows: today's match data and synthetic ones of 2,000 and 10,000
 * entries (today's terms plus made-up ones: two random Han keys each, as rare in news as most new
 * entries are), each shipped in a copy of the bench build and loaded on the test article. Nothing
 * synthetic is committed: it is made here, in a temporary folder.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { createFoldTable, foldUnit } from '../../utils/engine/fold';
import type { MatchData, MatchTerm } from '../../utils/engine/glossary';
import { encodeMatchFile } from '../../utils/engine/match-file';
import { buildTrie, mergeTries, packTrie, unpackTrie } from '../../utils/engine/trie';
import { MATCH_ASSET } from '../../glossary/paths';
import { launchBenchBrowser } from './browser';
import { loadScriptMs, scanned } from './floors';
import { median, spread, type Spread } from './cdp';

/** Today's match data with made-up entries added up to `entries` in all. */
export function syntheticMatchData(today: MatchData, entries: number): MatchData {
  const fold = createFoldTable(today.foldPairs);
  const added = Math.max(0, entries - today.terms.length);
  let state = 7;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const han = () => String.fromCharCode(foldUnit(fold, 0x4e00 + Math.floor(next() * 0x51a5)));
  const key = () => Array.from({ length: 3 + Math.floor(next() * 4) }, han).join('');
  const keys = Array.from({ length: added }, () => [key(), key()]);
  const terms: MatchTerm[] = keys.map((_, i) => ({ id: `synthetic-${i}`, category: today.terms[i % today.terms.length]!.category }));
  const trie = mergeTries(unpackTrie(today.trie), buildTrie(keys), today.terms.length);
  return { ...today, trie: packTrie(trie), terms: [...today.terms, ...terms] };
}

export interface GrowthResult {
  entries: number;
  /** Tifa's script time to fully marked on the test article, less the page's own, ms. */
  startupMs: Spread;
  matchDataKiB: number;
}

export async function benchGrowth(
  executablePath: string,
  extension: string,
  today: MatchData,
  url: string,
  without: BrowserContext,
  loads: number,
): Promise<GrowthResult[]> {
  const own: number[] = [];
  for (let i = 0; i < loads; i++) own.push(await loadScriptMs(without, url, (p) => p.waitForLoadState('load')));
  const pageOwn = median(own);
  const results: GrowthResult[] = [];
  for (const entries of [today.terms.length, 2_000, 10_000]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tifa-bench-growth-'));
    cpSync(extension, dir, { recursive: true });
    const data = encodeMatchFile(entries === today.terms.length ? today : syntheticMatchData(today, entries));
    writeFileSync(path.join(dir, MATCH_ASSET), data);
    const browser = await launchBenchBrowser(executablePath, dir);
    try {
      const times: number[] = [];
      for (let i = 0; i < loads; i++) times.push((await loadScriptMs(browser.context, url, scanned)) - pageOwn);
      results.push({ entries, startupMs: spread(times), matchDataKiB: Number((data.byteLength / 1024).toFixed(1)) });
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
