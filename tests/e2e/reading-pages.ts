/** Test pages for the reading experience: hostile page CSS, a dark page. */
import { ARTICLE_HK, readArticle } from '../fixtures/articles';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = () =>
  readArticle(ARTICLE_HK)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 40)
    .map((l) => `<p>${escape(l)}</p>`)
    .join('');

export const READING_PAGES: Record<string, () => string> = {
  // Page CSS that would wreck an extension's UI if any of it reached it.
  '/hostile-css.html': () => `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>Hostile CSS</title>
<style>
  * { all: unset !important; }
  div { display: none !important; }
  :root { font-size: 40px !important; }
  p, article { display: block !important; font: 18px/1.8 serif !important; margin: 0 0 12px !important; }
  article { max-width: 720px !important; margin: 20px auto !important; }
</style></head><body><article>${paragraphs()}</article></body></html>`,
  '/dark.html': () => `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>Dark page</title>
<style>body { background: #15171a; color: #e8e6e3; max-width: 760px; margin: 24px auto; font: 18px/1.8 serif; }</style>
</head><body><article>${paragraphs()}</article></body></html>`,
};
