/**
 * RTHK's Chinese news feed, from the snapshots of it in a repository's history. A snapshot holds
 * the latest ~60 items (4+ hours of news), so one snapshot per window of a few hours sees every
 * item; items recur across snapshots and are kept once, by their news id.
 */
import { isHeldOut } from '../held-out';
import type { Doc, ManifestEntry } from '../manifest';
import { commitsTouching, readMirrorFiles } from '../mirror';
import { plainText } from './text';

/** The last commit of each window of `hours` (UTC), oldest first. */
export function sampleCommits(commits: readonly { commit: string; time: string }[], hours: number): string[] {
  const last = new Map<number, string>();
  for (const { commit, time } of commits) last.set(Math.floor(Date.parse(time) / (hours * 3_600_000)), commit);
  return [...last.values()];
}

export interface FeedItem {
  id: string;
  date: string;
  /** The item's raw XML, parsed only once the item is known not to be held out. */
  xml: string;
}

/** A snapshot's items, with the id and day of each from its link (…/k2/1800770-20250417.htm). */
export function feedItems(xml: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const [, item] of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const m = /k2\/(\d+)-(\d{4})(\d{2})(\d{2})\.htm/.exec(item!);
    if (m) items.push({ id: m[1]!, date: `${m[2]}-${m[3]}-${m[4]}`, xml: item! });
  }
  return items;
}

/** An item's title and body, without the feed's footer (source link, copyright, e-mail). */
export function itemText(xml: string): string {
  const title = /<title>([\s\S]*?)<\/title>/.exec(xml)?.[1] ?? '';
  const body = (/<!\[CDATA\[([\s\S]*?)\]\]>/.exec(xml)?.[1] ?? '').split('<hr')[0]!;
  return plainText(`${title.trim()}\n${body}`);
}

export function* rthkDocs(entry: Extract<ManifestEntry, { source: 'rthk' }>): Generator<Doc> {
  const commits = sampleCommits(commitsTouching(entry.repo, entry.commit, entry.file), entry.windowHours);
  const seen = new Set<string>();
  for (const [, xml] of readMirrorFiles(entry.repo, commits.map((c) => `${c}:${entry.file}`))) {
    for (const item of feedItems(xml)) {
      if (seen.has(item.id) || isHeldOut('rthk', item.date)) continue;
      seen.add(item.id);
      yield { source: 'rthk', date: item.date, id: item.id, text: itemText(item.xml) };
    }
  }
}
