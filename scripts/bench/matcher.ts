/**
 * The matcher against two baselines on about 1 MB of news text in both scripts: one RegExp
 * alternation of every form (longest first), and a loop that only reads each char code (the
 * ceiling for any scanner). Once with the bundled glossary, once with 10,000 synthetic terms.
 * Beside them, a published Aho–Corasick package for reference.
 *
 * Packages tried: `ahocorasick` 1.0.2 (BrunoRB) is the one measured here; it reports every
 * overlapping match and leaves choosing among them to the caller, so it does less than the
 * matcher. `modern-ahocorasick` 3.3.0 was dropped: its leftmost-longest search took 162 s on this
 * corpus (its count() as long), about 12 ms per 8,000 characters on short slices.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AhoCorasick from 'ahocorasick';
import * as OpenCC from 'opencc-js/t2cn';
import { createMatcher, type MatcherTerm } from '../../utils/engine/matcher';
import { createFoldTable } from '../../utils/engine/fold';
import { formsOf, type GlossaryEntry } from '../../utils/engine/glossary';
import { generateNewsPage } from '../../tests/fixtures/news-page';
import { medians, round } from './timing';

export interface MatcherResult {
  glossary: string;
  terms: number;
  chars: number;
  matches: number;
  ms: { matcher: number; regExp: number; charLoop: number; ahoCorasick: number };
  /** How many times faster than the RegExp (goal ≥ 5). */
  vsRegExp: number;
  /** Share of the read loop's speed (goal ≥ 0.5 at ordinary density). */
  vsCharLoop: number;
  /** How many times faster than the `ahocorasick` package (no goal: context). */
  vsAhoCorasick: number;
}

/** Test article paragraphs in Traditional and Simplified, shuffled and repeated to ~1 MB of UTF-8. */
export function newsCorpus(articleFile: string): string {
  const traditional = readFileSync(articleFile, 'utf8').split('\n').filter((l) => l.trim().length > 10);
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const paragraphs = [...traditional, ...traditional.map(toSimplified)];
  let state = 11;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const out: string[] = [];
  let bytes = 0;
  while (bytes < 1_000_000) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
    out.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

/** 10,000 terms of 3–6 characters cut from the corpus itself, so many of them do occur. */
function syntheticForms(corpus: string, count: number): string[] {
  const han = /^[\u4e00-\u9fff]+$/;
  const forms = new Set<string>();
  let state = 5;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  while (forms.size < count) {
    const length = 3 + Math.floor(next() * 4);
    const at = Math.floor(next() * (corpus.length - length));
    const form = corpus.slice(at, at + length);
    if (han.test(form)) forms.add(form);
  }
  return [...forms];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function run(name: string, corpus: string, forms: string[], foldPairs: string, rounds: number): MatcherResult {
  const table = createFoldTable(foldPairs);
  const terms: MatcherTerm[] = forms.map((form) => ({ forms: [form] }));
  const matcher = createMatcher(table, terms);
  const regExp = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const ahoCorasick = new AhoCorasick(forms);
  let matches = 0;
  const ms = medians(
    {
      matcher: () => (matches = matcher.findAll(corpus).length),
      regExp: () => {
        let n = 0;
        for (const _ of corpus.matchAll(regExp)) n++;
        return n;
      },
      charLoop: () => {
        let sum = 0;
        for (let i = 0; i < corpus.length; i++) sum = (sum + corpus.charCodeAt(i)) | 0;
        return sum;
      },
      ahoCorasick: () => ahoCorasick.search(corpus).length,
    },
    rounds,
  );
  return {
    glossary: name,
    terms: forms.length,
    chars: corpus.length,
    matches,
    ms: { matcher: round(ms.matcher!), regExp: round(ms.regExp!), charLoop: round(ms.charLoop!), ahoCorasick: round(ms.ahoCorasick!) },
    vsRegExp: round(ms.regExp! / ms.matcher!),
    vsCharLoop: round(ms.charLoop! / ms.matcher!),
    vsAhoCorasick: round(ms.ahoCorasick! / ms.matcher!),
  };
}

/**
 * The text of the generated news page (tests/fixtures/news-page.ts), about 1 MB: common words with
 * a term in every other paragraph, the density of ordinary reporting rather than of the test article
 * article, which is about the jargon itself (a term every 27 characters).
 */
function ordinaryCorpus(entries: GlossaryEntry[]): string {
  return generateNewsPage(entries, { paragraphs: 2_400 }).html.replace(/<[^>]+>/g, '');
}

const RUNS = ['bundled', 'synthetic 10k', 'bundled, ordinary density'] as const;
type RunName = (typeof RUNS)[number];

/** Matcher, RegExp and Aho–Corasick get the same forms, as written (both scripts): the others cannot fold. */
function runNamed(name: RunName, articleFile: string, entries: GlossaryEntry[], foldPairs: string, rounds: number): MatcherResult {
  const bundled = [...new Set(entries.flatMap(formsOf))];
  if (name === 'bundled, ordinary density') return run(name, ordinaryCorpus(entries), bundled, foldPairs, rounds);
  const corpus = newsCorpus(articleFile);
  const forms = name === 'bundled' ? bundled : [...bundled, ...syntheticForms(corpus, 10_000)];
  return run(name, corpus, forms, foldPairs, rounds);
}

/**
 * Each run in a process of its own: a page has one matcher, whose code V8 optimises for it alone;
 * three matchers made in one process share that code, and each run would slow the next.
 */
export function benchMatcher(articleFile: string, entries: GlossaryEntry[], foldPairs: string, rounds = 9): MatcherResult[] {
  return RUNS.map((name) => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name, articleFile, String(rounds)], {
      encoding: 'utf8',
      input: JSON.stringify({ entries, foldPairs }),
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(`matcher bench "${name}" failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as MatcherResult;
  });
}

// The child's side: one run, its glossary read from stdin, its result on stdout.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, articleFile, rounds] = process.argv.slice(2) as [RunName, string, string];
  const { entries, foldPairs } = JSON.parse(readFileSync(0, 'utf8')) as { entries: GlossaryEntry[]; foldPairs: string };
  process.stdout.write(JSON.stringify(runNamed(name, articleFile, entries, foldPairs, Number(rounds))));
}
