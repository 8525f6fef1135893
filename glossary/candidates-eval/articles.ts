/**
 * The articles of the candidate evaluation: CCTV 新闻联播 items and Citizen News articles read from
 * the mining's git mirrors at the manifest's commits (never committed: labels.yaml holds only their
 * ids and the candidates' strings). Held-out texts are refused by their id before any file is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isHeldOut } from '../mining/held-out';
import { readManifest, type ManifestEntry } from '../mining/manifest';
import { hasMirror, listMirrorFiles, readMirrorFile } from '../mining/mirror';
import { cctvDay, transcriptBody } from '../mining/sources/cctv';
import { articleBody, articleId } from '../mining/sources/citizen-news';
import { frontMatterField } from '../mining/sources/text';

export const LABELS_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'labels.yaml');

/** yes: a formulation a reader would want explained; no: not one. */
export type Verdict = 'yes' | 'no';

export interface LabelledArticle {
  /** cctv:news/YYYYMMDD.md#N (the N-th item, from 1) or citizen-news:articles/…/article_ID.md */
  id: string;
  candidates: Record<string, Verdict>;
}

export function loadLabels(file = LABELS_FILE): LabelledArticle[] {
  const data = parse(readFileSync(file, 'utf8')) as { articles: { id: string; candidates?: Record<string, Verdict> | null }[] };
  return data.articles.map((a) => {
    for (const [candidate, verdict] of Object.entries(a.candidates ?? {})) {
      if (verdict !== 'yes' && verdict !== 'no') throw new Error(`${file}: ${a.id}: "${candidate}" must be yes or no, not ${String(verdict)}`);
    }
    return { id: a.id, candidates: a.candidates ?? {} };
  });
}

const entryOf = (source: ManifestEntry['source']) => readManifest().find((entry) => entry.source === source)!;

/** The text of an article, or why it cannot be read here. */
export function readArticle(id: string): { text: string } | { absent: string } {
  const m = /^(cctv|citizen-news):([^#]+)(?:#(\d+))?$/.exec(id);
  if (!m) return { absent: `not an article id: ${id}` };
  const [, source, file, item] = m as unknown as [string, 'cctv' | 'citizen-news', string, string?];
  const entry = entryOf(source);
  const day = source === 'cctv' ? cctvDay(file) : undefined;
  if (source === 'cctv' && (!day || isHeldOut('cctv', day))) return { absent: `${id} is held out` };
  if (!hasMirror(entry.repo)) return { absent: `no mirror of ${entry.repo} (see README, Mining)` };
  if (source === 'cctv') {
    const items = cctvItems(readMirrorFile(entry.repo, entry.commit, file));
    const text = items[Number(item) - 1];
    return text === undefined ? { absent: `${file} has no item ${item}` } : { text };
  }
  const markdown = readMirrorFile(entry.repo, entry.commit, file);
  const date = frontMatterField(markdown, 'date') ?? '';
  if (isHeldOut('citizen-news', date, articleId(file))) return { absent: `${id} is held out` };
  return { text: articleBody(markdown) };
}

/** A day's transcript as its news items (each under a ### heading). */
export const cctvItems = (markdown: string) => transcriptBody(markdown).split(/^### /m).slice(1);

/**
 * The articles the sample is drawn from, in a fixed order: the CCTV items of every day dated the 7th
 * or the 21st; the Citizen News articles whose id ends in 7 (none of them held out; the
 * detector was tuned on other days and ids).
 */
export function* sampleIds(source: 'cctv' | 'citizen-news'): Generator<string> {
  if (source === 'citizen-news') {
    const news = entryOf('citizen-news') as Extract<ManifestEntry, { source: 'citizen-news' }>;
    for (const file of listMirrorFiles(news.repo, news.commit, news.folder)) if (articleId(file) % 10 === 7) yield `citizen-news:${file}`;
    return;
  }
  const cctv = entryOf('cctv') as Extract<ManifestEntry, { source: 'cctv' }>;
  for (const file of listMirrorFiles(cctv.repo, cctv.commit, cctv.folder)) {
    const day = cctvDay(file);
    if (!day || day < cctv.from || !['07', '21'].includes(day.slice(8)) || isHeldOut('cctv', day)) continue;
    const items = cctvItems(readMirrorFile(cctv.repo, cctv.commit, file));
    for (let i = 1; i <= items.length; i++) yield `cctv:${file}#${i}`;
  }
}
