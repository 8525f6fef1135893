/**
 * npm run bench [-- --json]
 *
 * A benchmark, not a test: prints ratios against baselines measured in the same run (this machine
 * is shared and noisy, so lone times mean little). With --json, one JSON line:
 * {matcher: {vsRegExp, vsCharLoop, runs, firstGlossaryRuns}, page: [...], idle, idleNews, memory, scale: [...],
 * conversion, peer, weight: {...}, imported: {...}, goals: {...}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { GlossaryEntry, MatchData } from '../../utils/engine/glossary';
import { servePages } from '../../tests/e2e/pages';
import { ARTICLE_HK, hasSeedArticle } from '../../tests/fixtures/articles';
import { ROOT } from '../../tests/e2e/paths';
import { ENTRIES_DIR } from '../../glossary/build';
import { MATCH_ASSET } from '../../glossary/paths';
import { benchMatcher, type MatcherResult } from './matcher';
import { benchConversion, conversionReport } from './conversion';
import { benchPeer, ntwtFolder, peerReport } from './peer';
import { benchImport } from './import';
import { benchCandidates } from './candidates';
import { benchPages } from './page';
import { launchBenchBrowser } from './browser';
import { benchIdle, benchPageFloor, type FloorResult } from './floors';
import { benchGrowth } from './growth';
import { benchMemory } from './memory';
import { benchPopup, popupLine } from './popup';
import { round } from './timing';

const json = process.argv.includes('--json');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3-bench');
const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';
const log = (line: string) => !json && console.log(line);

const generated = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'glossary/.generated', file), 'utf8'));
const match = generated('match.json') as MatchData;
const entries = generated('entries.json') as GlossaryEntry[];

/**
 * The glossary as first shipped (712 entries, the eleven <category>.yaml files; later entries sit in
 * <category>.<topic>.yaml), run beside the whole one so growth is measured in the same run.
 */
const firstIds = new Set(
  readdirSync(ENTRIES_DIR)
    .filter((name) => /^[a-z-]+\.yaml$/.test(name))
    .flatMap((name) => [...readFileSync(path.join(ENTRIES_DIR, name), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!)),
);
const logRuns = (label: string, results: MatcherResult[]) => {
  log(`  ${label}`);
  for (const r of results) {
    log(
      `    ${r.glossary.padEnd(26)} ${String(r.terms).padStart(6)} forms  ${String(r.matches).padStart(6)} matches in ${r.chars} chars  ` +
        `${r.vsRegExp}× the RegExp alternation (goal ≥ 5)  ${r.vsCharLoop}× the char-read loop (goal ≥ 0.5 at ordinary density)  ` +
        `${r.vsAhoCorasick}× the ahocorasick package`,
    );
  }
};
log('Matcher: about 1 MB of news text, both scripts (median of 9 interleaved runs)');
const runs = benchMatcher(ARTICLE_HK, entries, match.foldPairs);
logRuns(`whole glossary, ${entries.length} entries`, runs);
const firstRuns = benchMatcher(ARTICLE_HK, entries.filter((entry) => firstIds.has(entry.id)), match.foldPairs);
logRuns(`the glossary as first shipped, ${firstIds.size} entries`, firstRuns);

const imported = benchImport();
log(
  `Import: ${imported.terms} own terms (${imported.fileMb} MB JSON) read, checked, previewed and applied in ${imported.importMs} ms = ` +
    `${imported.vsJsonParse}× JSON.parse of the file (${imported.parseMs} ms); the options page runs it in slices between ${imported.steps} steps`,
);

const built = (file: string) => readFileSync(path.join(EXTENSION, file));
const gzipKiB = (...files: Buffer[]) => round(files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0) / 1024, 1);
const bootstrap = built('content-scripts/content.js');
const reader = built('reader.js');
const popover = built('popover.js');
const matchFile = built(MATCH_ASSET);
const weight = {
  // What every http(s) frame evaluates: the bootstrap and its style sheet.
  bootstrapKiB: round(bootstrap.length / 1024, 1),
  bootstrapGzipKiB: gzipKiB(bootstrap, built('content-scripts/content.css')),
  // Injected into a frame only once it is worth reading.
  readerKiB: round(reader.length / 1024, 1),
  readerGzipKiB: gzipKiB(reader),
  // Injected into a read frame when its reader first opens a popover.
  popoverKiB: round(popover.length / 1024, 1),
  popoverGzipKiB: gzipKiB(popover),
  hasOpenccDictionary: /STPhrases|TSCharacters/.test(bootstrap.toString() + reader.toString() + popover.toString()),
  // Read by the reader (not bundled), on pages worth reading only.
  matchDataKiB: round(matchFile.length / 1024, 1),
  matchDataGzipKiB: gzipKiB(matchFile),
};
log(
  `Weight: bootstrap (every page) ${weight.bootstrapKiB} KiB, ${weight.bootstrapGzipKiB} KiB gzipped with its CSS (goal ≤ 12); ` +
    `reader (pages worth reading) ${weight.readerKiB} KiB, ${weight.readerGzipKiB} KiB gzipped; ` +
    `popover (first hover) ${weight.popoverKiB} KiB, ${weight.popoverGzipKiB} KiB gzipped; OpenCC dictionary inside: ${weight.hasOpenccDictionary}; ` +
    `match data ${weight.matchDataKiB} KiB (${weight.matchDataGzipKiB} KiB gzipped)`,
);

const server = await servePages();
const timeline = await benchPages(CHROMIUM, EXTENSION, server);

// Floors: every figure below is whole-page script time (a trace of the page's main thread) or
// heap, Tifa's and the floor's measured alike, in browsers started for them.
const withTifa = await launchBenchBrowser(CHROMIUM, EXTENSION);
const without = await launchBenchBrowser(CHROMIUM);
const floors: FloorResult[] = [];
let idle, idleNews, memory, scale;
try {
  const pages: [string, string, number][] = [
    ['test article', '/article.html', 9],
    ...(hasSeedArticle() ? [['seed article', '/seed.html', 7] as [string, string, number]] : []),
    ['5 MB news page', '/huge.html', 3],
  ];
  for (const [name, url, loads] of pages) floors.push(await benchPageFloor(name, server.url(url), matchFile, CHROMIUM, withTifa.context, without.context, loads));
  idle = await benchIdle(CHROMIUM, server.url('/english.html'), withTifa.context, 9);
  idleNews = await benchIdle(CHROMIUM, server.url('/english-news.html'), withTifa.context, 9);
  memory = await benchMemory(server.url('/article.html'), JSON.stringify(entries), withTifa.context, without.context, 3);
  scale = await benchGrowth(CHROMIUM, EXTENSION, match, server.url('/article.html'), without.context, 5);
} finally {
  await Promise.all([withTifa.close(), without.close()]);
}
const popup = await benchPopup(CHROMIUM, EXTENSION, server).then((p) => (log(popupLine(p)), p)); // before the conversion runs
const candidates = await benchCandidates(CHROMIUM, EXTENSION, server);
const conversion = await benchConversion(CHROMIUM, EXTENSION, server).finally(() => server.close());
const ntwt = ntwtFolder();
const peer = ntwt ? { ntwt: await benchPeer(CHROMIUM, EXTENSION, ntwt) } : undefined;

const page = floors.map((floor) => ({ ...timeline.find((t) => t.page === floor.page), ...floor, vsFloor: floor.vsFloor.median, vsFloorSpread: floor.vsFloor }));
for (const p of page) {
  const range = (s: { min: number; max: number }) => `${s.min}–${s.max}`;
  log(
    `Page: ${p.page.padEnd(15)} ${p.ranges} terms  Tifa's script ${p.tifaMs.median} ms (${range(p.tifaMs)}) vs the page floor ${p.floorMs.median} ms ` +
      `(${range(p.floorMs)}) = ${p.vsFloor}× (loads ${range(p.vsFloorSpread)}; goal ≤ 2); the page's own script ${p.pageOwnMs.median} ms`,
  );
  log(
    `      the same floor as a content script (an extension's isolated world) ${p.contentFloorMs.median} ms (${range(p.contentFloorMs)}) ` +
      `= ${p.vsContentFloor.median}× (loads ${range(p.vsContentFloor)}); ` +
      `that floor reading every text node's text ${p.readingFloorMs.median} ms (${range(p.readingFloorMs)}) = ${p.vsReadingFloor.median}× (loads ${range(p.vsReadingFloor)})`,
  );
  if (p.longestTaskMs !== undefined) {
    log(
      `      start-up ${p.startupMs} ms, then first highlight ${p.firstHighlightMs} ms, whole page ${p.scanMs} ms  ` +
        `longest task ${p.longestTaskMs} ms (the page's own ${p.baselineLongestTaskMs} ms)  heap +${p.heapGrowthMb} MB  ` +
        `the page's own text writes ${p.pageWritesVsWithout}× as long as without Tifa`,
    );
  }
}
for (const [name, r] of [['English page', idle], ['English news page', idleNews]] as const) {
  log(
    `Idle: ${name}, whole-page script load to idle: Tifa ${r.tifaMs.median} ms (${r.tifaMs.min}–${r.tifaMs.max}), ` +
      `an empty content script ${r.emptyMs.median} ms (${r.emptyMs.min}–${r.emptyMs.max}) = ${r.vsEmpty.median}× (goal ≤ 2); ` +
      `one that reads the page's lang ${r.readsPageMs.median} ms (${r.readsPageMs.min}–${r.readsPageMs.max}) = ${r.vsReadsPage.median}×; ` +
      `one that reads its settings ${r.settingsMs.median} ms (${r.settingsMs.min}–${r.settingsMs.max}) = ${r.vsSettings.median}×`,
  );
}
log(
  `Memory: heap added by Tifa after one popover on the test article ${memory.afterPopoverMb.median} MB (${memory.afterPopoverMb.min}–${memory.afterPopoverMb.max}; goal ≤ 3); ` +
    `holding the whole glossary's entries would add ${memory.wholeGlossaryMb} MB. Pointer at rest + ${'intent delay'} → popover painted ` +
    `${memory.popoverMs.median} ms (${memory.popoverMs.min}–${memory.popoverMs.max}) = ${memory.popoverVsFrame}× a frame of ${memory.frameMs} ms (goal ≤ 1); ` +
    `with the service worker stopped first ${memory.popoverWorkerStoppedMs.median} ms (${memory.popoverWorkerStoppedMs.min}–${memory.popoverWorkerStoppedMs.max}) = ${memory.popoverWorkerStoppedVsFrame}×`,
);
for (const g of scale) {
  log(`Scale: ${String(g.entries).padStart(6)} entries  match data ${g.matchDataKiB} KiB  Tifa's script to fully marked (test article) ${g.startupMs.median} ms (${g.startupMs.min}–${g.startupMs.max})`);
}

log(
  `Candidates: test article ${candidates.found} marked, script ${candidates.scriptMs} ms = ${candidates.vsMarking}× marking its terms (median of 9); ` +
    `5 MB page ${candidates.hugeScriptMs} ms, longest task ${candidates.hugeLongestTaskMs} ms (goal ≤ 50)`,
);
const converting = conversionReport(conversion);
converting.lines.forEach(log);
const beside = peer && peerReport(peer.ntwt);
if (beside) beside.lines.forEach(log);
else log('Beside New Tong Wen Tang: not measured, no peer build (set TIFA_NTWT, or keep its build in the shared peers folder beside the checkout)');

const [article] = page;
const huge = page.find((p) => p.page === '5 MB news page');
const startupAt = (entries: number) => scale.find((g) => g.entries === entries)?.startupMs.median ?? NaN;
const worst = runs.reduce((a, b) => (b.vsRegExp < a.vsRegExp ? b : a));
const goals = {
  matcherVsRegExp: runs.every((r) => r.vsRegExp >= 5),
  // Issue 15: the char-read loop's speed is a goal at ordinary density only (a term every few
  // hundred characters); the jargon-dense runs are reported beside it.
  matcherVsCharLoop: (runs.find((r) => r.glossary === 'bundled, ordinary density')?.vsCharLoop ?? 0) >= 0.5,
  idleVsEmptyWithin2: idle.vsEmpty.median <= 2,
  bootstrapUnder12KiB: weight.bootstrapGzipKiB <= 12 && !weight.hasOpenccDictionary,
  pagesWithin2xFloor: [article, huge].every((p) => (p?.vsFloor ?? Infinity) <= 2),
  longestTaskWithinPageOwn: page.every((p) => p.longestTaskMs === undefined || p.longestTaskMs <= (p.baselineLongestTaskMs ?? Infinity)),
  hugeHeapUnder20Mb: (huge?.heapGrowthMb ?? Infinity) < 20,
  memoryAfterPopoverUnder3Mb: memory.afterPopoverMb.median <= 3,
  popoverWithinAFrame: memory.popoverVsFrame <= 1,
  popoverWithinAFrameWorkerStopped: memory.popoverWorkerStoppedVsFrame <= 1,
  scale10kWithin3xToday: startupAt(10_000) / startupAt(match.terms.length) <= 3,
  ...converting.goals,
  ...beside?.goals,
};
log(`Goals: ${Object.entries(goals).map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`).join(', ')}`);
if (json) {
  const matcher = { vsRegExp: worst.vsRegExp, vsCharLoop: Math.min(...runs.map((r) => r.vsCharLoop)), runs, firstGlossaryRuns: firstRuns };
  console.log(JSON.stringify({ matcher, page, popup, candidates, idle, idleNews, memory, scale, conversion, peer, weight, imported, goals }));
}
