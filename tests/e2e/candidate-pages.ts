/** The candidate formulations' test page (our own text) and how to reach its marks. */
import type { BrowserContext, Page } from 'playwright-core';

// "三个始终坚持" is made up, so no glossary can have it; 高质量发展, 新时代 and 根本遵循 are terms.
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>省委全会</title>
<style>body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 18px/1.8 "Noto Sans CJK SC", sans-serif; color: #222; }</style>
</head><body>
<h1>省委全会部署“三个始终坚持”</h1>
<p>全会强调，要把“三个始终坚持”贯穿工作全过程，推动高质量发展。</p>
<p>各级干部要深刻领会<b>三个始终</b>坚持的内涵。</p>
<p>会议指出，三个始终坚持是做好新时代工作的根本遵循。</p>
</body></html>`;
export const CANDIDATE_PATH = '/candidates.html';
export const SLOGAN = '三个始终坚持';

/** Serves the page at CANDIDATE_PATH on any host, in this browser only. */
export const routeCandidatePage = (context: BrowserContext) =>
  context.route(`**${CANDIDATE_PATH}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }));

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
