/** CCTV 新闻联播 transcripts, one news/YYYYMMDD.md per day. */
import { isHeldOut } from '../held-out';
import type { Doc, ManifestEntry } from '../manifest';
import { listMirrorFiles, readMirrorFiles } from '../mirror';
import { plainText } from './text';

/** The day of a transcript's path, or undefined for any other file (catalogue.json above all). */
export function cctvDay(file: string): string | undefined {
  const m = /^news\/(\d{4})(\d{2})(\d{2})\.md$/.exec(file);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * A transcript's news items: without the day's abstract (it repeats the headlines), the
 * "view the original" links, the "CCTV News reports (Xinwen Lianbo):" that opens every item and
 * the archive's update stamp.
 */
export function transcriptBody(markdown: string): string {
  const details = markdown.indexOf('## 详细新闻');
  return plainText(details >= 0 ? markdown.slice(details) : markdown)
    .replace(/^查看原文$/gm, '')
    .replace(/央视网消息\s*（新闻联播）：/g, '')
    .replace(/\(更新时间戳: \d+\)/g, '');
}

export function* cctvDocs(entry: Extract<ManifestEntry, { source: 'cctv' }>): Generator<Doc> {
  const days = new Map<string, string>();
  for (const file of listMirrorFiles(entry.repo, entry.commit, entry.folder)) {
    const day = cctvDay(file);
    // Held-out days are dropped here, from the name alone: their files are never read.
    if (day && day >= entry.from && !isHeldOut('cctv', day)) days.set(`${entry.commit}:${file}`, day);
  }
  for (const [spec, text] of readMirrorFiles(entry.repo, [...days.keys()])) {
    const date = days.get(spec)!;
    yield { source: 'cctv', date, id: date.replaceAll('-', ''), text: transcriptBody(text) };
  }
}
