/**
 * Detection on every kind of page, in real Chromium: terms split by markup and white space,
 * what is skipped, pages that change, web components, frames, late-rendered and huge pages.
 */
import { describe, expect, it } from 'vitest';
import {
  highlightCount,
  highlighted,
  highlightedWhen,
  hoverTerm,
  popover,
  termCentre,
  useExtension,
  waitForAllHighlights,
  waitForHighlights,
} from './harness';
import { bigNewsPage } from './pages';

const harness = useExtension();
/** A term's text without the white space and ruby readings its range spans. */
const squash = (terms: string[]) => terms.map((t) => t.replace(/[\sa-zǎó]/g, ''));

describe('page shapes', () => {
  it('reads terms across soft line breaks, full-width forms and ruby, and stops at blocks and <br>', async () => {
    const page = await harness.open('/shapes.html');
    const terms = await highlightedWhen(page, (t) => t.includes('小院高牆'));
    expect(squash(terms)).toEqual(expect.arrayContaining(['高質量發展', '新質生產力', '「２０＋８」產業集群', '卡脖子', '小院高牆']));
    expect(terms.find((t) => t.startsWith('高質'))).toContain('\n'); // the range spans the line break
    expect(squash(terms)).not.toContain('一刀切'); // split over two paragraphs
    expect(squash(terms)).not.toContain('先立後破'); // split by <br>
    expect(terms).not.toContain('久久為功'); // scripts, fields, editors, code, hidden text
    await page.close();
  });

  it('leaves the page DOM alone: the only change is its own popover host', async () => {
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    await hoverTerm(page, '新質生產力');
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: object[] }).__mutations);
    expect(mutations).toEqual([{ type: 'childList', target: 'HTML', added: ['TIFA-POPOVER'], removed: [] }]);
    await page.close();
  });
});

describe('pages that change', () => {
  it('marks added text, drops removed text, follows edits, hidden toggles and SPA navigation', async () => {
    const page = await harness.open('/dynamic.html');
    await highlightedWhen(page, (t) => t.includes('新質生產力'));

    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('突破小院高牆封鎖。'));
    await highlightedWhen(page, (t) => t.includes('小院高牆'));

    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    await highlightedWhen(page, (t) => !t.includes('新質生產力'));

    await page.evaluate(() => (window as unknown as { editText(t: string): void }).editText('改寫後提到卡脖子問題。'));
    await highlightedWhen(page, (t) => t.includes('卡脖子'));
    await page.evaluate(() => (window as unknown as { toggleHidden(h: boolean): void }).toggleHidden(true));
    await highlightedWhen(page, (t) => !t.includes('卡脖子'));
    await page.evaluate(() => (window as unknown as { toggleHidden(h: boolean): void }).toggleHidden(false));
    await highlightedWhen(page, (t) => t.includes('卡脖子'));

    await page.evaluate(() => (window as unknown as { route(): void }).route());
    const after = await highlightedWhen(page, (t) => t.includes('高質量發展') && t.includes('一刀切'));
    expect(after).not.toContain('小院高牆');
    expect(page.url()).toContain('r=2');
    await hoverTerm(page, '高質量發展');
    expect(await popover(page).locator('.en').textContent()).toBe('high-quality development');
    await page.close();
  });

  it('unmarks a block an editor makes editable after the page was read, and marks it again after', async () => {
    const page = await harness.open('/dynamic.html');
    await highlightedWhen(page, (t) => t.includes('新質生產力'));
    await page.evaluate(() => document.getElementById('first')!.setAttribute('contenteditable', 'true'));
    await highlightedWhen(page, (t) => !t.includes('新質生產力'));
    await page.evaluate(() => document.getElementById('first')!.setAttribute('contenteditable', 'false'));
    await highlightedWhen(page, (t) => t.includes('新質生產力'));
    await page.close();
  });

  it('marks a page whose content arrives after it loads', async () => {
    const page = await harness.open('/late.html');
    await highlightedWhen(page, (t) => t.includes('先立後破'));
    await page.close();
  });
});

describe('web components and frames', () => {
  it('reads open shadow roots and hovers into them; closed ones are skipped without errors', async () => {
    const page = await harness.open('/shadow.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const terms = await highlightedWhen(page, (t) => t.includes('小院高牆'));
    expect(terms.filter((t) => t === '新質生產力')).toHaveLength(1); // the open card only
    await hoverTerm(page, '小院高牆');
    expect(await popover(page).locator('.term').textContent()).toBe('小院高牆');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks terms in a same-origin iframe and shows the popover inside the frame', async () => {
    const page = await harness.open('/frame.html');
    const frame = page.frame({ url: /frame-inner/ })!;
    await waitForHighlights(frame);
    expect(await highlighted(frame)).toEqual(['新質生產力']);
    const offset = (await page.locator('#inner').boundingBox())!;
    const inner = await termCentre(frame, '新質生產力');
    await page.mouse.move(offset.x + inner.x + 1, offset.y + inner.y + 1, { steps: 4 });
    await expect.poll(() => popover(frame).isVisible()).toBe(true);
    expect(await popover(frame).locator('.term').textContent()).toBe('新質生產力');
    expect(await page.locator('tifa-popover .popover:visible').count()).toBe(0);
    await page.close();
  });
});

describe('layout and size', () => {
  it('keeps highlights on the text when the layout changes', async () => {
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    const before = await termCentre(page, '卡脖子');
    await page.setViewportSize({ width: 520, height: 720 });
    await expect.poll(async () => (await termCentre(page, '卡脖子')).x).not.toBe(before.x);
    await hoverTerm(page, '卡脖子');
    expect(await popover(page).locator('.term').textContent()).toBe('卡脖子');
    const box = (await popover(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(520); // flipped and shifted into the narrow viewport
    await page.close();
  });

  it('keeps every popover inside a narrow window, the longer explanation scrolling within it', async () => {
    const page = await harness.open('/article.html');
    await page.setViewportSize({ width: 400, height: 560 });
    await waitForAllHighlights(page); // not only the first screen's terms
    const inside = async () => {
      const box = await popover(page).boundingBox();
      return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 400 && box.y + box.height <= 560;
    };
    const terms = [...new Set(await highlighted(page))].map((t) => t.replace(/\s/g, '')).slice(0, 12);
    expect(terms.length).toBeGreaterThanOrEqual(8);
    for (const term of terms) {
      await hoverTerm(page, term);
      await expect.poll(inside, { message: term }).toBe(true);
    }
    const { x, y } = await termCentre(page, terms[0]!);
    await page.mouse.click(x, y); // pinned, then the longer explanation
    await popover(page).locator('.more').click();
    await expect.poll(() => popover(page).locator('.more-text').isVisible()).toBe(true);
    await expect.poll(inside).toBe(true);
    // What does not fit is reached by scrolling the popover itself.
    const end = await popover(page).evaluate((e) => { e.scrollTop = e.scrollHeight; return e.scrollTop + e.clientHeight >= e.scrollHeight - 1; });
    expect(end).toBe(true);
    await page.close();
  });

  it('marks every term of a 5 MB page, and the popover works while it does', async () => {
    const expected = (bigNewsPage().match(/<p>/g) ?? []).length / 2;
    const page = await harness.open('/huge.html');
    await waitForHighlights(page);
    await hoverTerm(page, (await highlighted(page))[0]!.replace(/\s/g, ''), 0, 30_000); // while it reads 5 MB: however busy the machine
    await page.waitForFunction((n) => (CSS.highlights.get('tifa-term')?.size ?? 0) >= n, expected, { timeout: 60_000 });
    expect(await highlightCount(page)).toBe(expected);
    await page.close();
  });
});
