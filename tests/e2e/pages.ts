/**
 * Test pages, served from 127.0.0.1 by a tiny HTTP server: the seed article as a news page, and
 * small pages for one behaviour each.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SEED_ARTICLE } from './paths';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, body: string, lang = 'zh-Hant-HK'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 18px/1.8 "Noto Serif CJK TC", "Noto Sans CJK TC", serif; color: #222; }
  h1 { font-size: 28px; line-height: 1.4; }
</style></head><body>${body}</body></html>`;
}

/** The Ta Kung Pao article: first line as the headline, each further line a paragraph. */
function seedPage(): string {
  const lines = readFileSync(SEED_ARTICLE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline = '', ...rest] = lines;
  return page(headline, `<article><h1>${escape(headline)}</h1>${rest.map((l) => `<p>${escape(l)}</p>`).join('\n')}</article>`);
}

export const PAGES: Record<string, () => string> = {
  '/seed.html': seedPage,
  '/split.html': () =>
    page(
      'Split term',
      `<p id="split">加快發展<b>新質</b><a href="#x">生產</a>力，推動高質量發展。</p>
       <p id="simplified" lang="zh-Hans">因地制宜发展新质生产力。</p>
       <p>切勿<br>一刀切與先立<br>後破</p>
       <textarea id="field">新質生產力</textarea>`,
    ),
  '/english.html': () => page('English only', '<p>An English page about the weather.</p>', 'en'),
};

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const render = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!render) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(render());
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
