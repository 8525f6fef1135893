/**
 * The text a reader sees of each labelled document, from its git mirror or the saved folder.
 * Markup is taken out the way a page shows it: an HTML tag inside a term (CCTV transcripts wrap
 * dashes in <span>s) must not split what the reader reads as one word.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasMirror, readMirrorFile } from '../mining/mirror';
import { TEXTS_DIR, type LabelledDocument } from './labels';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** Markdown/HTML → visible text: link targets and tags dropped, entities decoded. */
export const visibleText = (markup: string) =>
  decodeEntities(markup.replace(/\]\((?:https?:|\/)[^)]*\)/g, ']').replace(/<[^>]+>/g, ''));

const unCdata = (text: string) => text.replace(/<!\[CDATA\[|\]\]>/g, '');

/** One item of an RSS snapshot: its title and description (escaped HTML), as visible text. */
export function rssItemText(xml: string, itemId: string): string | undefined {
  const item = xml.split('<item>').slice(1).find((part) => part.includes(`/${itemId}-`));
  if (!item) return undefined;
  const field = (name: string) => unCdata(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(item)?.[1] ?? '');
  return `${visibleText(field('title'))}\n${visibleText(decodeEntities(field('description')))}`;
}

/** Citizen News files open with YAML front matter (title, tags, addresses): the article is after it. */
const articleBody = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The document's text, or a reason it cannot be had here. */
export function readDocumentText(doc: LabelledDocument): { text: string } | { absent: string } {
  if (doc.source === 'taiwan') {
    const file = path.join(TEXTS_DIR, doc.file);
    return existsSync(file) ? { text: readFileSync(file, 'utf8') } : { absent: `${path.relative(process.cwd(), file)} not saved (from ${doc.address})` };
  }
  if (!hasMirror(doc.repo)) return { absent: `no mirror of ${doc.repo}` };
  let raw: string;
  try {
    raw = readMirrorFile(doc.repo, doc.commit, doc.path);
  } catch {
    return { absent: `${doc.repo} has no ${doc.path} at ${doc.commit.slice(0, 10)}` };
  }
  if (doc.source === 'rthk') {
    const text = rssItemText(raw, doc.item);
    return text === undefined ? { absent: `item ${doc.item} not in ${doc.path} at ${doc.commit.slice(0, 10)}` } : { text };
  }
  return { text: visibleText(doc.source === 'citizen-news' ? articleBody(raw) : raw) };
}
