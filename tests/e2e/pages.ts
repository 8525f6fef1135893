/**
 * Test pages, served from 127.0.0.1 by a tiny HTTP server: the test articles as news pages, and
 * small pages for one behaviour each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_CN, ARTICLE_HK, hasSeedArticle, readArticle, SEED_ARTICLE } from '../fixtures/articles';
import { generateNewsPage } from '../fixtures/news-page';
import { generateEnglishNewsPage } from '../fixtures/english-news-page';
import { HOSTILE_HEADERS, HOSTILE_PAGES } from './hostile-pages-fixtures';
import { CONVERSION_PAGES } from './conversion-pages';
import { DESIGN_PAGES } from './design-pages';
import { READING_PAGES } from './reading-pages';
import { OWN_TERM_PAGES } from './own-term-pages';
import type { GlossaryEntry, MatchData } from '../../utils/engine/glossary';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT } from './paths';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Records every change anyone makes to the page's DOM, from before any extension runs, so a test
 * can check that Tifa changed nothing but adding its own popover host.
 */
const RECORD_MUTATIONS = `<script>
  window.__mutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) window.__mutations.push({ type: r.type, target: r.target.nodeName,
      added: [...r.addedNodes].map((n) => n.nodeName), removed: [...r.removedNodes].map((n) => n.nodeName) });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // What the parser itself inserts is not a change: start counting once the document is parsed.
  document.addEventListener('DOMContentLoaded', () => { observer.takeRecords(); window.__mutations.length = 0; });
</script>`;

function page(title: string, body: string, lang = 'zh-Hant-HK', head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>${head}
<style>
  body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 18px/1.8 "Noto Serif CJK TC", "Noto Sans CJK TC", serif; color: #222; }
  h1 { font-size: 28px; line-height: 1.4; }
</style></head><body>${body}</body></html>`;
}

/** A test article as a news page: first line as the headline, each further line a paragraph. */
function articlePage(file: string, lang: string): string {
  const lines = readArticle(file).split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline = '', ...rest] = lines;
  return page(
    headline,
    `<article><h1>${escape(headline)}</h1>${rest.map((l) => `<p>${escape(l)}</p>`).join('\n')}</article>`,
    lang,
    RECORD_MUTATIONS,
  );
}

let newsPage: string | undefined;
/**
 * The 5 MB page, made from the built glossary so its terms are the ones the extension knows. Terms
 * with a context guard are left out: random filler beside them could cancel their match.
 */
export function bigNewsPage(): string {
  const generated = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'glossary/.generated', file), 'utf8')) as unknown;
  const guarded = new Set(
    (generated('match.json') as MatchData).terms.filter((t) => t.unlessPrecededBy || t.unlessFollowedBy).map((t) => t.id),
  );
  const entries = generated('entries.json') as GlossaryEntry[];
  return (newsPage ??= generateNewsPage(entries, { insert: (entry) => !guarded.has(entry.id) }).html);
}

export const PAGES: Record<string, () => string> = {
  '/article.html': () => articlePage(ARTICLE_HK, 'zh-Hant-HK'),
  '/article-cn.html': () => articlePage(ARTICLE_CN, 'zh-Hans-CN'),
  // For the bench, where the seed article is beside the checkout (no test reads it).
  ...(hasSeedArticle() && { '/seed.html': () => articlePage(SEED_ARTICLE, 'zh-Hant-HK') }),
  '/split.html': () =>
    page(
      'Split term',
      `<p id="split">加快發展<b>新質</b><a href="#x">生產</a>力，推動高質量發展。</p>
       <p id="simplified" lang="zh-Hans">加快发展新质生产力。</p>
       <p>切勿<br>一刀切與先立<br>後破</p>
       <textarea id="field">新質生產力</textarea>`,
    ),
  '/shapes.html': () =>
    page(
      'Page shapes',
      `<p id="soft">推動高質
       量發展，壯大新質　生產力</p>
       <p id="fullwidth">深圳「２０＋８」產業集群</p>
       <p id="ruby"><ruby>卡<rt>qiǎ</rt>脖<rt>bó</rt>子<rt>zi</rt></ruby>問題</p>
       <div><p>一刀</p><p>切</p></div>
       <p>先立<br>後破</p>
       <script>/* 久久為功 */</script><style>/* 久久為功 */</style><noscript>久久為功</noscript>
       <textarea>久久為功</textarea><input value="久久為功"><select><option>久久為功</option></select>
       <div contenteditable="true">久久為功</div><code>久久為功</code><pre>久久為功</pre><p hidden>久久為功</p>
       <p id="end">小院高牆</p>`,
    ),
  '/dynamic.html': () =>
    page(
      'Dynamic page',
      `<nav><a href="/dynamic.html?r=1" id="nav">下一頁</a></nav>
       <main id="main"><p id="first">加快發展新質生產力。</p><p id="edit">這段文字會被改寫。</p></main>
       <script>
         window.addParagraph = (text) => { const p = document.createElement('p'); p.textContent = text; document.getElementById('main').append(p); };
         window.removeFirst = () => document.getElementById('first').remove();
         window.editText = (text) => { document.getElementById('edit').firstChild.data = text; };
         window.toggleHidden = (hidden) => { document.getElementById('edit').hidden = hidden; };
         window.route = () => { history.pushState({}, '', '/dynamic.html?r=2');
           document.getElementById('main').innerHTML = '<article><h1>新頁面</h1><p>推動<b>高質量</b>發展，防止<i>一刀切</i>。</p></article>'; };
       </script>`,
    ),
  '/shadow.html': () =>
    page(
      'Web components',
      `<p>頁面本身：卡脖子</p><news-card id="open"></news-card><news-card id="closed" data-mode="closed"></news-card>
       <script>
         customElements.define('news-card', class extends HTMLElement {
           connectedCallback() {
             const root = this.attachShadow({ mode: this.dataset.mode || 'open' });
             root.innerHTML = '<style>p{color:#333}</style><p>卡片裡：新質生產力與小院高牆</p>';
           }
         });
       </script>`,
    ),
  '/frame.html': () =>
    page('Frames', `<p>外層：卡脖子</p><iframe id="inner" src="/frame-inner.html" style="width:700px;height:400px;border:1px solid #ccc"></iframe>`),
  '/frame-inner.html': () => page('Inner frame', `<p id="in-frame">框架內的新質生產力</p>`),
  '/late.html': () =>
    page(
      'Late content',
      `<div id="app"></div>
       <script>setTimeout(() => { document.getElementById('app').innerHTML = '<p>遲來的內容：先立後破</p>'; }, 600);</script>`,
      'en',
    ),
  '/huge.html': bigNewsPage,
  '/english.html': () => page('English only', '<p>An English page about the weather.</p>', 'en'),
  '/english-news.html': generateEnglishNewsPage,
  // A single-page app that starts in English and navigates in place to a Chinese view.
  '/english-app.html': () =>
    page(
      'English app',
      `<div id="app"><p>An English page about the weather.</p></div>
       <script>window.route = () => { history.pushState({}, '', '/english-app.html?view=zh');
         document.getElementById('app').innerHTML = '<p>新的一頁：發展新質生產力。</p>'; };</script>`,
      'en',
    ),
  ...HOSTILE_PAGES,
  ...READING_PAGES,
  ...CONVERSION_PAGES,
  ...OWN_TERM_PAGES,
  ...DESIGN_PAGES,
};

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const render = PAGES[pathname];
    if (!render) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...HOSTILE_HEADERS[pathname] }).end(render());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
