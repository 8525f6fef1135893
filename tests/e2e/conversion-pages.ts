/** Pages for the page-script conversion tests (tests/e2e/conversion.test.ts). */
const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const CONVERSION_PAGES: Record<string, () => string> = {
  '/convert-hk.html': () =>
    page('zh-Hant-HK', '香港衞生', `<p id="text">衞生署裏面的資料，着數之選。</p><p lang="zh-HK" id="nested">粵港澳大灣區</p>`),
  '/convert-tw.html': () => page('zh-Hant-TW', '台灣衛生', `<p id="text">衛生署裡面的資料。</p>`),
  '/convert-dynamic.html': () =>
    page(
      'zh-Hant',
      '動態頁面',
      `<main id="main"><p id="first">加快發展新質生產力。</p><p id="edit">這段文字會被改寫。</p></main>
       <img id="pic" alt="圖片說明" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
       <script>
         window.addParagraph = (text) => { const p = document.createElement('p'); p.textContent = text; document.getElementById('main').append(p); };
         window.editText = (text) => { document.getElementById('edit').firstChild.data = text; };
         window.setTitle = (text) => { document.getElementById('first').title = text; };
       </script>`,
    ),
  // More paragraphs than the converter pins before it keeps the pins (ROOT_LANG_MAX_PINS).
  '/convert-long.html': () =>
    page(
      'zh-Hant-HK',
      '長頁面',
      `<main id="main">${Array.from({ length: 2_400 }, (_, i) => `<p>第${i + 1}段：衛生署裡面的資料。</p>`).join('')}</main>
       <script>
         window.addParagraph = (text) => { const p = document.createElement('p'); p.id = 'later'; p.textContent = text; document.getElementById('main').append(p); };
       </script>`,
    ),
  '/convert-fields.html': () =>
    page(
      'zh-Hant',
      '表單',
      `<p id="label">請輸入發展目標</p>
       <input id="input" value="發展" placeholder="輸入發展目標">
       <textarea id="area">發展新質生產力</textarea>
       <div id="editor" contenteditable="true">發展新質生產力</div>
       <pre id="code">發展</pre><p translate="no" id="keep">發展</p>`,
    ),
  // Another script that puts back the Traditional text whenever it is changed: a converter war.
  '/convert-fight.html': () =>
    page(
      'zh-Hant',
      '互相改寫',
      `<p id="fought">發展新質生產力</p>
       <script>
         window.rewrites = 0;
         const node = document.getElementById('fought').firstChild;
         new MutationObserver(() => {
           if (node.data !== '發展新質生產力') { window.rewrites++; node.data = '發展新質生產力'; }
         }).observe(node, { characterData: true });
       </script>`,
    ),
};
