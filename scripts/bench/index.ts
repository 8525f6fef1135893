/**
 * npm run bench [-- --json]
 *
 * A benchmark, not a test: prints ratios against baselines measured in the same run (this machine
 * is shared and noisy, so lone times mean little). With --json, one JSON line:
 * {matcher: {vsRegExp, vsCharLoop, runs, firstGlossaryRuns}, page: [...], weight: {...}, goals: {...}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { GlossaryEntry, MatchData } from '../../utils/engine/glossary';
import { servePages } from '../../tests/e2e/pages';
import { ARTICLE_HK } from '../../tests/fixtures/articles';
import { ROOT } from '../../tests/e2e/paths';
import { ENTRIES_DIR } from '../../glossary/build';
import { benchMatcher, type MatcherResult } from './matcher';
import { benchCandidates } from './candidates';
import { benchConversion } from './conversion';
import { benchPages } from './page';
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
        `${r.vsRegExp}× the RegExp alternation (goal ≥ 5)  ${r.vsCharLoop}× the char-read loop (goal ≥ 0.25)  ` +
        `${r.vsAhoCorasick}× the ahocorasick package`,
    );
  }
};
log('Matcher: about 1 MB of news text, both scripts (median of 9 interleaved runs)');
const runs = benchMatcher(ARTICLE_HK, entries, match.foldPairs);
logRuns(`whole glossary, ${entries.length} entries`, runs);
const firstRuns = benchMatcher(ARTICLE_HK, entries.filter((entry) => firstIds.has(entry.id)), match.foldPairs);
logRuns(`the glossary as first shipped, ${firstIds.size} entries`, firstRuns);

const contentScript = readFileSync(path.join(EXTENSION, 'content-scripts/content.js'));
const contentCss = readFileSync(path.join(EXTENSION, 'content-scripts/content.css'));
const matchFile = readFileSync(path.join(EXTENSION, 'glossary/match.json'));
const weight = {
  contentScriptKiB: round(contentScript.length / 1024, 1),
  gzipKiB: round((gzipSync(contentScript, { level: 9 }).length + gzipSync(contentCss, { level: 9 }).length) / 1024, 1),
  hasOpenccDictionary: /STPhrases|TSCharacters/.test(contentScript.toString()),
  // Read by the content script only on pages worth reading (an extension file, not bundled).
  matchDataKiB: round(matchFile.length / 1024, 1),
  matchDataGzipKiB: round(gzipSync(matchFile, { level: 9 }).length / 1024, 1),
};
log(
  `Weight: content script ${weight.contentScriptKiB} KiB, ${weight.gzipKiB} KiB gzipped with its CSS (goal ≤ 80), OpenCC dictionary inside: ${weight.hasOpenccDictionary}; ` +
    `match data read on Chinese pages only ${weight.matchDataKiB} KiB (${weight.matchDataGzipKiB} KiB gzipped)`,
);

const server = await servePages();
const page = await benchPages(CHROMIUM, EXTENSION, server);
const candidates = await benchCandidates(CHROMIUM, EXTENSION, server);
const conversion = await benchConversion(CHROMIUM, EXTENSION, server).finally(() => server.close());
for (const p of page) {
  log(
    `Page: ${p.page.padEnd(15)} ${p.terms} terms  start-up ${p.startupMs} ms, then first highlight ${p.firstHighlightMs} ms, ` +
      `whole page ${p.scanMs} ms (script ${p.scriptMs} ms${p.scriptMsRange ? `, loads from ${p.scriptMsRange.join(' to ')}` : ''})  ` +
      `longest task ${p.longestTaskMs} ms (without Tifa ${p.baselineLongestTaskMs} ms)  heap +${p.heapGrowthMb} MB  ` +
      `the page's own text writes ${p.pageWritesVsWithout}× as long as without Tifa`,
  );
}

log(
  `Candidates: test article ${candidates.found} marked, script ${candidates.scriptMs} ms = ${candidates.vsMarking}× marking its terms (median of 9); ` +
    `5 MB page ${candidates.hugeScriptMs} ms, longest task ${candidates.hugeLongestTaskMs} ms (goal ≤ 50)`,
);
log(
  `Conversion: popup click → test article in 简体 ${conversion.articleColdMs} ms first time (converter page opened, converter built), ` +
    `${conversion.articleWarmMs} ms after; in 繁體 (Taiwan) ${conversion.articleTaiwanMs} ms`,
);
log(
  `Conversion: 5 MB page (${conversion.hugeChars} Han-text chars) ${conversion.hugeMs} ms click to converted, ` +
    `${conversion.vsOneString}× opencc-js on the same text as one string (${conversion.oneStringMs} ms; goal ≤ 1.5), ` +
    `longest task ${conversion.hugeLongestTaskMs} ms (goal ≤ 50)`,
);
log(
  `Conversion floor, 5 MB page without Tifa: a plain script writing the converted text in one task, to the next frame, ` +
    `${conversion.plainWriteMs} ms = ${conversion.plainWriteVsOneString}× the one string; the frame after changing one text node ${conversion.oneNodeFrameMs} ms`,
);
log(`Conversion: a converter built inside the page instead (cn→hk, per tab) ${conversion.inPageBuildMs} ms, +${conversion.inPageHeapMb} MB heap`);

const [article, huge] = page;
const worst = runs.reduce((a, b) => (b.vsRegExp < a.vsRegExp ? b : a));
const goals = {
  matcherVsRegExp: runs.every((r) => r.vsRegExp >= 5),
  matcherVsCharLoop: runs.every((r) => r.vsCharLoop >= 0.25),
  articleMarkedWithin10ms: (article?.scriptMs ?? Infinity) <= 10,
  hugeNoLongTask: (huge?.longestTaskMs ?? Infinity) <= 50,
  hugeHeapUnder20Mb: (huge?.heapGrowthMb ?? Infinity) < 20,
  weightUnder80KiB: weight.gzipKiB <= 80 && !weight.hasOpenccDictionary,
  conversionWithin1_5xOneString: conversion.vsOneString <= 1.5,
  conversionNoLongTask: conversion.hugeLongestTaskMs <= 50,
};
log(`Goals: ${Object.entries(goals).map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`).join(', ')}`);
if (json) {
  const matcher = { vsRegExp: worst.vsRegExp, vsCharLoop: Math.min(...runs.map((r) => r.vsCharLoop)), runs, firstGlossaryRuns: firstRuns };
  console.log(JSON.stringify({ matcher, page, candidates, conversion, weight, goals }));
}
