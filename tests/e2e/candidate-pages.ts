/** The candidate formulations' test page (our own text) and how to reach its marks. */
import type { BrowserContext, Page } from 'playwright-core';
import { tickerScript } from './hostile-pages-fixtures';

// "三个始终坚持" is made up, so no glossary can have it; 高质量发展, 新时代 and 根本遵循 are terms.
const HEAD = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>省委全会</title>
<style>body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 18px/1.8 "Noto Sans CJK SC", sans-serif; color: #222; }</style>
</head><body>
<h1>省委全会部署“三个始终坚持”</h1>
<p>全会强调，要把“三个始终坚持”贯穿工作全过程，推动高质量发展。</p>
<p>各级干部要深刻领会<b>三个始终</b>坚持的内涵。</p>
<p>会议指出，三个始终坚持是做好新时代工作的根本遵循。</p>`;
const PAGE = `${HEAD}</body></html>`;
export const CANDIDATE_PATH = '/candidates.html';
export const SLOGAN = '三个始终坚持';

/** Made up too, each used twice in a paragraph of its own. */
export const LATER_SLOGAN = '五个善作善成';
export const LATER_PARAGRAPH = '会议要求，把五个善作善成落到实处，以五个善作善成推动改革。';
export const THIRD_PARAGRAPH = '全会还提出，落实六个守正出新，以六个守正出新开创新局面。';
export const THIRD_SLOGAN = '六个守正出新';

/**
 * A page that adds a paragraph by its own script, as a live blog does: a second after Tifa first
 * marked it (waiting for the marks, not for a time, so the first reading never sees the paragraph
 * however busy the machine). `addThird()` adds another, and `removeLater()` takes the first away.
 */
const LATER = `${HEAD}<div id="feed"></div>
<script>
  const add = (id, text) => { const p = document.createElement('p'); p.id = id; p.textContent = text; document.getElementById('feed').append(p); };
  const wait = setInterval(() => {
    if (!CSS.highlights.has('tifa-candidate')) return;
    clearInterval(wait);
    setTimeout(() => add('later', '${LATER_PARAGRAPH}'), 1000);
  }, 100);
  window.addThird = () => add('third', '${THIRD_PARAGRAPH}');
  window.removeLater = () => document.getElementById('later').remove();
</script></body></html>`;
export const LATER_PATH = '/candidates-later.html';

/** A page whose ticker rewrites its text every 100 ms, terms and all, until `stopTicker()`. */
const TICKER = `${HEAD}<p id="ticker">开始</p><div id="feed"></div>
<script>
  ${tickerScript(['快讯：加快发展新质生产力。', '快讯：突破卡脖子难题。', '快讯：今日天气晴。'])}
  window.addLater = () => { const p = document.createElement('p'); p.textContent = '${LATER_PARAGRAPH}'; document.getElementById('feed').append(p); };
</script></body></html>`;
export const TICKER_PATH = '/candidates-ticker.html';

const PAGES: Record<string, string> = { [CANDIDATE_PATH]: PAGE, [LATER_PATH]: LATER, [TICKER_PATH]: TICKER };

/** Serves the candidate pages at their paths on any host, in this browser only. */
export const routeCandidatePage = (context: BrowserContext) =>
  Promise.all(
    Object.entries(PAGES).map(([path, body]) =>
      context.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body })),
    ),
  );

/** The text of every candidate mark, in the highlight's order. */
export const candidateTexts = (page: Page) =>
  page.evaluate(() => {
    const live = (r: AbstractRange) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };
    return [...(CSS.highlights.get('tifa-candidate') ?? [])].map((range) => live(range).toString());
  });

/** The centre of the n-th candidate mark, in viewport coordinates. */
export const candidateCentre = (page: Page, nth: number) =>
  page.evaluate((n) => {
    const range = [...CSS.highlights.get('tifa-candidate')!][n]!;
    const live = new Range();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const { left, top, width, height } = live.getClientRects()[0]!;
    return { x: left + width / 2, y: top + height / 2 };
  }, nth);

/**
 * Keeps the candidate marks there are now on the page's window, to tell later whether the same
 * marks (the same range objects: not taken down and made again) are still shown.
 */
export const keepCandidateMarks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { kept: AbstractRange[] }).kept = [...(CSS.highlights.get('tifa-candidate') ?? [])];
  });

/** How many of the marks kept by keepCandidateMarks are still shown. */
export const keptCandidateMarks = (page: Page) =>
  page.evaluate(() => {
    const now = new Set(CSS.highlights.get('tifa-candidate') ?? []);
    return (window as unknown as { kept: AbstractRange[] }).kept.filter((range) => now.has(range)).length;
  });
