/**
 * Hostile pages, one behaviour each: what real sites do that could break an extension that reads
 * their text. Served by pages.ts under /hostile/. The filler text holds no glossary term, so each
 * page holds exactly the terms put in it.
 */

/** Plain text between terms (checked with `npm run scan`: no glossary term in it). */
export const FILLER = '這是一段普通的文字內容，我們在這裡寫一些沒有意義的句子。';

const doc = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const STYLE = `<style>body { max-width: 760px; margin: 24px auto; padding: 0 16px; font: 20px/1.8 "Noto Sans CJK TC", sans-serif; color: #222; background: #fff; }</style>`;

/** Sizes of the big pages. */
export const MANY_NODES = { paragraphs: 12_500, nodesPerParagraph: 8, termEvery: 50 };
export const DEPTH = 2_000;

/** 12,500 paragraphs of 8 nodes each: 100,000 nodes, a term in every 50th paragraph. */
function manyNodes(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < MANY_NODES.paragraphs; i++) {
    const middle = i % MANY_NODES.termEvery === 0 ? '新質生產力' : FILLER.slice(0, 8);
    // p, text, b, text, text, a, text, text
    paragraphs.push(`<p>${FILLER.slice(0, 6)}<b>${FILLER.slice(6, 9)}</b>${middle}<a href="#${i}">連結</a>${FILLER.slice(9)}</p>`);
  }
  return doc('100,000 nodes', `<main>${paragraphs.join('')}</main>`, STYLE);
}

/**
 * 2,000 nested blocks with a term at the bottom, and a term split across 2,000 nested inline
 * elements. Built by script: the HTML parser flattens nesting deeper than 512.
 */
function deep(): string {
  return doc(
    'Nested 2,000 levels',
    `<p id="top">頁面頂部：卡脖子</p><div id="deep"></div><p id="chain"></p>
     <script>
       let parent = document.getElementById('deep');
       for (let i = 0; i < ${DEPTH}; i++) parent = parent.appendChild(document.createElement('div'));
       parent.appendChild(document.createElement('p')).textContent = '最深處：小院高牆';
       const chain = document.getElementById('chain');
       chain.append('推動新質');
       let inline = chain;
       for (let i = 0; i < ${DEPTH}; i++) inline = inline.appendChild(document.createElement('span'));
       inline.append('生產力發展');
     </script>`,
    STYLE,
  );
}

/**
 * Overrides the DOM and JavaScript built-ins an extension would use, in the page's own world: each
 * override records its name and throws. A content script in its own world never sees them.
 */
function overrides(): string {
  return doc(
    'Overridden built-ins',
    `<p id="a">加快發展新質生產力，推動高質量發展。</p><p id="b">${FILLER}突破卡脖子難題。</p>
     <script>
       window.__overrideCalls = [];
       const poison = (owner, name) => {
         Object.defineProperty(owner, name, { configurable: true, writable: true,
           value: function () { window.__overrideCalls[window.__overrideCalls.length] = name; throw new Error('overridden: ' + name); } });
       };
       for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'getRootNode']) poison(Node.prototype, name);
       for (const name of ['attachShadow', 'append', 'prepend', 'after', 'before', 'remove', 'setAttribute', 'getBoundingClientRect', 'getClientRects', 'addEventListener', 'closest', 'querySelector']) poison(Element.prototype, name);
       for (const name of ['createElement', 'createRange', 'createTreeWalker', 'caretPositionFromPoint', 'caretRangeFromPoint', 'elementFromPoint']) poison(Document.prototype, name);
       // Not the methods the tests themselves use from this world to read Tifa's static ranges
       // (new Range(), setStart, setEnd, toString, getClientRects, the registry's get).
       for (const name of ['selectNodeContents', 'setStartBefore', 'setEndAfter']) poison(Range.prototype, name);
       for (const name of ['add', 'delete', 'clear']) poison(Highlight.prototype, name);
       for (const name of ['set', 'delete']) poison(HighlightRegistry.prototype, name);
       // EventTarget's own methods and MutationObserver stay: the test driver's scripts in this world use them.
       for (const name of ['removeEventListener', 'dispatchEvent']) poison(EventTarget.prototype, name);
       for (const name of ['requestIdleCallback', 'requestAnimationFrame', 'fetch', 'postMessage', 'getComputedStyle', 'queueMicrotask']) poison(window, name);
       poison(JSON, 'parse');
       poison(Promise, 'all');
       poison(Promise.prototype, 'then');
       poison(Array.prototype, 'flat');
       poison(Array.prototype, 'flatMap');
       poison(String.prototype, 'slice');
       window.customElements.define('tifa-popover', class extends HTMLElement {});
     </script>`,
    STYLE,
  );
}

/** Terms outside, inside a closed shadow root (skipped), and slotted into it (light DOM, read). */
function closedShadow(): string {
  return doc(
    'Closed shadow roots',
    `<p id="light">頁面本身：先立後破</p>
     <closed-card><span id="slotted">插槽裡：卡脖子</span></closed-card>
     <closed-card></closed-card>
     <script>
       customElements.define('closed-card', class extends HTMLElement {
         constructor() {
           super();
           const root = this.attachShadow({ mode: 'closed' });
           const p = document.createElement('p');
           p.textContent = '封閉卡片裡：新質生產力與小院高牆';
           root.append(p, document.createElement('slot'));
         }
       });
     </script>`,
    STYLE,
  );
}

function vertical(): string {
  return doc(
    'Vertical writing',
    `<article id="vertical"><p>豎排文字由上而下閱讀。加快發展新質生產力。</p><p>${FILLER}突破卡脖子難題。</p></article>`,
    `${STYLE}<style>#vertical { writing-mode: vertical-rl; height: 520px; font-size: 24px; line-height: 2; }</style>`,
  );
}

/**
 * Page script for a ticker: rewrites the text of #ticker every 100 ms with `lines` in turn, until
 * `stopTicker()`. Shared with the candidate pages (tests/e2e/candidate-pages.ts).
 */
export const tickerScript = (lines: string[]) => `const lines = ${JSON.stringify(lines)};
  let n = 0;
  const ticker = document.getElementById('ticker');
  const timer = setInterval(() => { ticker.textContent = lines[n++ % lines.length]; }, 100);
  window.stopTicker = () => clearInterval(timer);`;

/** A ticker that rewrites its text every 100 ms, next to a paragraph that stays. */
function rewriting(): string {
  return doc(
    'Rewriting itself',
    `<p id="static">靜態段落：推動高質量發展。</p><p id="ticker">開始</p>
     <script>
       ${tickerScript(['快訊：加快發展新質生產力。', `快訊：${FILLER}`, '快訊：突破卡脖子難題，小院高牆。'])}
     </script>`,
    STYLE,
  );
}

/** A page with terms, a cross-origin frame (another host, same server) and a sandboxed one (an opaque origin). */
function frames(): string {
  return doc(
    'Cross-origin frames',
    `<p id="outer">外層：卡脖子</p>
     <iframe id="cross" style="width:700px;height:160px;border:1px solid #ccc"></iframe>
     <iframe id="sandboxed" sandbox="allow-scripts" src="/hostile/frame-inner.html" style="width:700px;height:160px;border:1px solid #ccc"></iframe>
     <script>
       // 127.0.0.1 and localhost are different origins: the frame is cross-origin (and out of process).
       document.getElementById('cross').src = 'http://localhost:' + location.port + '/hostile/frame-inner.html';
     </script>`,
    STYLE,
  );
}

export const HOSTILE_PAGES: Record<string, () => string> = {
  '/hostile/csp.html': () =>
    // No inline style or script: under this policy any console error is Tifa's.
    doc('Strict CSP', `<h1>嚴格的內容安全策略</h1><p id="a">加快發展新質生產力，推動高質量發展。</p><p id="b">${FILLER}突破卡脖子難題。</p>`),
  '/hostile/overrides.html': overrides,
  '/hostile/many-nodes.html': manyNodes,
  '/hostile/deep.html': deep,
  '/hostile/frames.html': frames,
  '/hostile/frame-inner.html': () => doc('Inner frame', `<p id="inner">框架內：新質生產力</p>`, STYLE),
  '/hostile/closed-shadow.html': closedShadow,
  '/hostile/vertical.html': vertical,
  '/hostile/rewriting.html': rewriting,
  // A listener written for the page's own messages only, as many sites have (an ad frame's or a
  // widget's): anything else, an extension's announcement included, throws in it.
  '/hostile/messages.html': () =>
    doc(
      'Message listener',
      `<p id="a">加快發展新質生產力，推動高質量發展。</p><p id="b">${FILLER}突破卡脖子難題。</p>
       <script>
         window.__messages = [];
         addEventListener('message', (event) => {
           window.__messages.push(JSON.stringify(event.data));
           if (event.data?.from !== 'this page') throw new Error('unexpected message');
         });
       </script>`,
      STYLE,
    ),
  '/hostile/reload.html': () => doc('Reload', `<p id="a">加快發展新質生產力，推動高質量發展。</p><p id="b">突破卡脖子難題。</p>`, STYLE),
};

/** Response headers beyond the content type, per path. */
export const HOSTILE_HEADERS: Record<string, Record<string, string>> = {
  '/hostile/csp.html': { 'content-security-policy': "default-src 'none'" },
};
