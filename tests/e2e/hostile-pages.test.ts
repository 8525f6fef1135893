/**
 * Hostile pages in real Chromium, one fixture each (hostile-pages-fixtures.ts): a strict CSP,
 * overridden built-ins, 100,000 nodes, 2,000 levels of nesting, cross-origin frames, closed shadow
 * roots, vertical writing, a page that rewrites itself, a message listener that takes only the
 * page's own messages, and the extension reloaded under an open tab. For each: no errors in the console, the page's DOM unchanged by Tifa (but for its popover
 * host), and the highlights painted where the text is.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPTH, MANY_NODES } from './hostile-pages-fixtures';
import { EXTENSION_DIR } from './paths';
import { highlightCount, highlighted, highlightedWhen, hoverTerm, popover, termBoxes, termCentre, useExtension, waitForHighlights } from './harness';

const harness = useExtension();

interface Mutation {
  type: string;
  target: string;
  /** The id of the nearest ancestor that has one: whose content changed. */
  within: string | null;
  added: string[];
  removed: string[];
}

/**
 * Runs before any page script, in every frame, even under a CSP that forbids scripts: records each
 * change to the DOM once the document is parsed, with the observer the page had before it could
 * override anything.
 */
function recordMutations() {
  const records: object[] = [];
  Object.defineProperty(window, '__tifaTestMutations', { value: records });
  const within = (node: Node | null) => {
    for (let n = node; n; n = n.parentNode) if ((n as Element).id) return (n as Element).id;
    return null;
  };
  const observer = new MutationObserver((list) => {
    for (const r of list) {
      records[records.length] = {
        type: r.type,
        target: r.target.nodeName,
        within: within(r.target),
        added: Array.from(r.addedNodes, (n) => n.nodeName),
        removed: Array.from(r.removedNodes, (n) => n.nodeName),
      };
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    records.length = 0;
  });
}

const POPOVER_ADDED: Mutation = { type: 'childList', target: 'HTML', within: null, added: ['TIFA-POPOVER'], removed: [] };

const mutations = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __tifaTestMutations: Mutation[] }).__tifaTestMutations);

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions, from the page, its frames and Tifa's content scripts. */
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await harness.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico, which the test server does not have.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript(recordMutations);
  await page.goto(harness.server.url(path));
  await page.bringToFront(); // the decoder tab below must not hold the focus
  return { page, errors };
}

/** Decodes screenshots on a blank page of its own: the test pages may forbid data: images. */
let decoder: Page;
beforeAll(async () => {
  decoder = await harness.browser.context.newPage();
});
afterAll(() => decoder.close());

/**
 * The share of pixels inside the first box of `term`'s range that carry Tifa's marking (the amber
 * tint or the orange underline), on a page whose own text is grey on white.
 */
async function markedShare(page: Page, term: string): Promise<number> {
  const [first] = (await termBoxes(page, term))!;
  const box = { x: Math.ceil(first!.left), y: Math.ceil(first!.top), width: Math.floor(first!.width) - 1, height: Math.floor(first!.height) - 1 };
  await page.mouse.move(1, 1); // the active highlight differs: measure the plain one
  const png = await page.screenshot({ clip: box });
  return decoder.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let marked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! >= 150 && data[i]! - data[i + 2]! >= 18) marked++;
    return marked / (data.length / 4);
  }, png.toString('base64'));
}

/**
 * The popover for `term` shows, styled by Tifa's own sheet (which a page CSP could block): an
 * unstyled card would span the page's width (1000 px), a styled one is a narrow card.
 */
async function expectPopover(target: Page | Frame, term: string) {
  await expect.poll(() => popover(target).locator('.term').textContent()).toBe(term);
  const { width } = (await popover(target).boundingBox())!;
  expect(width).toBeGreaterThan(100);
  expect(width).toBeLessThan(500);
}

describe('hostile pages', () => {
  it("strict CSP (default-src 'none'): highlights and the popover still work", async () => {
    const { page, errors } = await open('/hostile/csp.html');
    await highlightedWhen(page, (t) => ['新質生產力', '高質量發展', '卡脖子'].every((term) => t.includes(term)));
    expect(await markedShare(page, '新質生產力')).toBeGreaterThan(0.25);
    await hoverTerm(page, '新質生產力');
    await expectPopover(page, '新質生產力');
    expect(await popover(page).locator('.en').textContent()).toBe('new quality productive forces');
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that overrides DOM prototypes and globals in its own world', async () => {
    const { page, errors } = await open('/hostile/overrides.html');
    await highlightedWhen(page, (t) => ['新質生產力', '高質量發展', '卡脖子'].every((term) => t.includes(term)));
    expect(await markedShare(page, '高質量發展')).toBeGreaterThan(0.25);
    await hoverTerm(page, '卡脖子');
    await expectPopover(page, '卡脖子');
    expect(await page.evaluate(() => (window as unknown as { __overrideCalls: string[] }).__overrideCalls)).toEqual([]);
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose message listener takes only its own messages gets none from Tifa', async () => {
    const { page, errors } = await open('/hostile/messages.html');
    await highlightedWhen(page, (t) => ['新質生產力', '高質量發展', '卡脖子'].every((term) => t.includes(term)));
    await hoverTerm(page, '卡脖子');
    await expectPopover(page, '卡脖子');
    // What a page's listener sees: nothing from Tifa (WXT's context would post the extension's id).
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page with 100,000 nodes', async () => {
    const { page, errors } = await open('/hostile/many-nodes.html');
    const nodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    });
    expect(nodes).toBe(MANY_NODES.paragraphs * MANY_NODES.nodesPerParagraph);
    const expected = MANY_NODES.paragraphs / MANY_NODES.termEvery;
    await waitForHighlights(page, expected);
    expect(new Set(await highlighted(page))).toEqual(new Set(['新質生產力']));
    expect(await highlightCount(page)).toBe(expected);
    await hoverTerm(page, '新質生產力', expected - 1, 20_000); // the last one, at the bottom of the page
    await expectPopover(page, '新質生產力');
    expect(await markedShare(page, '新質生產力')).toBeGreaterThan(0.25);
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    // Then the page rewrites all of its text in one task, each node four times (a framework
    // re-rendering): one batch of about 200,000 mutation records, more than a spread call takes.
    const records = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      for (let round = 0; round < 4; round++) {
        for (const node of nodes) node.data = round < 3 ? node.data + ' ' : node.data.trimEnd().replace('新質生產力', '卡脖子');
      }
      return nodes.length * 4;
    });
    expect(records).toBeGreaterThan(150_000);
    await expect
      .poll(async () => [...new Set(await highlighted(page))].join() + (await highlightCount(page)), { timeout: 30_000 })
      .toBe(`卡脖子${expected}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`a page nested ${DEPTH} levels deep, in blocks and in inline elements`, async () => {
    const { page, errors } = await open('/hostile/deep.html');
    expect(await page.evaluate(() => document.querySelectorAll('#deep div').length)).toBe(DEPTH);
    const terms = await highlightedWhen(page, (t) => ['卡脖子', '小院高牆', '新質生產力'].every((term) => t.includes(term)));
    expect(terms).toHaveLength(3); // the term split across the inline chain is one range
    expect(await markedShare(page, '小院高牆')).toBeGreaterThan(0.25);
    expect(await markedShare(page, '新質生產力')).toBeGreaterThan(0.25);
    await hoverTerm(page, '小院高牆', 0, 20_000);
    await expectPopover(page, '小院高牆');
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cross-origin and sandboxed iframes get their own highlights and popover', async () => {
    const { page, errors } = await open('/hostile/frames.html');
    await waitForHighlights(page);
    expect(await highlighted(page)).toEqual(['卡脖子']);
    await expect.poll(() => page.frames().length).toBe(3);
    const cross = page.frames().find((frame) => frame.url().startsWith('http://localhost:'))!;
    const sandboxed = page.frames().find((frame) => frame.url().startsWith('http://127.0.0.1:') && frame !== page.mainFrame())!;
    for (const frame of [cross, sandboxed]) {
      await waitForHighlights(frame);
      expect(await highlighted(frame)).toEqual(['新質生產力']);
    }
    const offset = (await page.locator('#cross').boundingBox())!;
    const inner = await termCentre(cross, '新質生產力');
    await page.mouse.move(offset.x + inner.x + 1, offset.y + inner.y + 1, { steps: 4 });
    await expectPopover(cross, '新質生產力');
    expect(await page.locator('tifa-popover').count()).toBe(0); // the top page's Tifa keeps out
    expect(await mutations(page)).toEqual([]);
    expect(await mutations(cross)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closed shadow roots are skipped without errors; text slotted into them is read', async () => {
    const { page, errors } = await open('/hostile/closed-shadow.html');
    const terms = await highlightedWhen(page, (t) => t.includes('先立後破') && t.includes('卡脖子'));
    expect(terms.sort()).toEqual(['先立後破', '卡脖子'].sort());
    expect(await markedShare(page, '卡脖子')).toBeGreaterThan(0.25);
    await hoverTerm(page, '卡脖子');
    await expectPopover(page, '卡脖子');
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('vertical writing mode', async () => {
    const { page, errors } = await open('/hostile/vertical.html');
    await highlightedWhen(page, (t) => t.includes('新質生產力') && t.includes('卡脖子'));
    const boxes = (await termBoxes(page, '新質生產力'))!;
    const width = Math.max(...boxes.map((b) => b.left + b.width)) - Math.min(...boxes.map((b) => b.left));
    const height = Math.max(...boxes.map((b) => b.top + b.height)) - Math.min(...boxes.map((b) => b.top));
    expect(height).toBeGreaterThan(width * 3); // laid out top to bottom
    expect(await markedShare(page, '新質生產力')).toBeGreaterThan(0.25);
    await hoverTerm(page, '卡脖子');
    await expectPopover(page, '卡脖子');
    expect(await mutations(page)).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that rewrites its own text every 100 ms', async () => {
    const { page, errors } = await open('/hostile/rewriting.html');
    await highlightedWhen(page, (t) => t.includes('高質量發展'));
    // While it rewrites: old ranges are dropped as new ones come (at most the static term and
    // one line's two terms), and the popover still opens.
    let most = 0;
    for (let i = 0; i < 20; i++) {
      most = Math.max(most, await highlightCount(page));
      await page.waitForTimeout(100);
    }
    expect(most).toBeLessThanOrEqual(3);
    await hoverTerm(page, '高質量發展');
    await expectPopover(page, '高質量發展');

    await page.evaluate(() => (window as unknown as { stopTicker(): void }).stopTicker());
    const line = await page.locator('#ticker').textContent();
    const expected = ['高質量發展', ...['新質生產力', '卡脖子', '小院高牆'].filter((term) => line!.includes(term))];
    await highlightedWhen(page, (t) => t.length === expected.length && expected.every((term) => t.includes(term)));
    const own = (await mutations(page)).filter((m) => m.within !== 'ticker');
    expect(own).toEqual([POPOVER_ADDED]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the extension updated under an open tab: the old script stops cleanly, the new one starts alone', async () => {
    const { page, errors } = await open('/hostile/reload.html');
    await highlightedWhen(page, (t) => t.includes('新質生產力') && t.includes('卡脖子'));
    await hoverTerm(page, '新質生產力');
    await expectPopover(page, '新質生產力');

    // Loading the unpacked extension again is what an update does: a new instance replaces the
    // old one. (chrome.runtime.reload() leaves it disabled under automation's --disable-extensions.)
    const cdp = await harness.browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
    await cdp.detach();

    // The old content script notices on its next scheduled work, here a hover: it removes its
    // highlights and its popover, and nothing it does after that reaches the dead extension.
    await page.mouse.move(1, 1);
    const { x, y } = await termCentre(page, '卡脖子');
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => highlightCount(page)).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.locator('tifa-popover').count()).toBe(0);
    expect(await mutations(page)).toEqual([POPOVER_ADDED, { ...POPOVER_ADDED, added: [], removed: ['TIFA-POPOVER'] }]);

    await page.reload();
    await highlightedWhen(page, (t) => t.includes('新質生產力') && t.includes('卡脖子'));
    await hoverTerm(page, '卡脖子');
    await expectPopover(page, '卡脖子');
    expect(await page.locator('tifa-popover').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
