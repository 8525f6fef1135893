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
  // Simplified text whose 同 and 链 once counted as Traditional, and a block too short to tell on its own.
  '/simplified.html': () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>简体</title></head>
<body><p>建设<b>粤港澳</b>大湾区，扎实推进共同富裕，高质量共建“一带一路”。</p><p>耐心资本</p></body></html>`,
  // The same sentence on a Taiwanese and a Hong Kong page: where their standard characters differ
  // (脫/脱, 說/説), each reader gets their own.
  '/taiwan.html': () => `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>Taiwan</title></head>
<body><p>北京近日再度批評台獨，陸委會回應。</p></body></html>`,
  '/hong-kong.html': () => `<!doctype html><html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>Hong Kong</title></head>
<body><p>北京近日再度批評台獨，特區政府回應。</p></body></html>`,
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
