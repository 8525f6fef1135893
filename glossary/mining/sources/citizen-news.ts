/** Citizen News (眾新聞) articles, articles/<range>/article_ID.md, read for a listed set of IDs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOut } from '../held-out';
import { MINING_DIR, type Doc, type ManifestEntry } from '../manifest';
import { listMirrorFiles, readMirrorFiles } from '../mirror';
import { frontMatterField, plainText } from './text';

/** "174-208 210 …" → the IDs. The list is what makes an article readable: its date is inside the file. */
export function parseIdRanges(text: string): Set<number> {
  const ids = new Set<number>();
  for (const range of text.split(/\s+/).filter(Boolean)) {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return ids;
}

/** The article's words: its body, without the subscription appeal and author box that follow every one. */
export function articleBody(markdown: string): string {
  const text = plainText(markdown);
  const end = Math.min(...['請加入成為眾新聞', '\n---\n'].map((mark) => text.indexOf(mark)).filter((i) => i >= 0));
  return Number.isFinite(end) ? text.slice(0, end) : text;
}

export const articleId = (file: string) => Number(/article_(\d+)\.md$/.exec(file)?.[1] ?? NaN);

export function* citizenNewsDocs(entry: Extract<ManifestEntry, { source: 'citizen-news' }>): Generator<Doc> {
  const listed = parseIdRanges(readFileSync(path.join(MINING_DIR, entry.ids), 'utf8'));
  const specs = listMirrorFiles(entry.repo, entry.commit, entry.folder)
    .filter((file) => listed.has(articleId(file)))
    .map((file) => `${entry.commit}:${file}`);
  for (const [spec, text] of readMirrorFiles(entry.repo, specs)) {
    const id = articleId(spec);
    const date = frontMatterField(text, 'date') ?? '';
    // The list already leaves held-out articles out; this guards against a list made wrong.
    if (!date || isHeldOut('citizen-news', date, id)) continue;
    yield { source: 'citizen-news', date, id: String(id), text: articleBody(text) };
  }
}
