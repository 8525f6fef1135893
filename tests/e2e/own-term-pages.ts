/** Test pages for the reader's own terms and for frames: a Traditional page, a page with frames of each kind. */
const doc = (title: string, body: string, lang = 'zh-Hant-HK') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const OWN_TERM_PAGES: Record<string, () => string> = {
  // An own term written in Simplified, met on a Traditional page; and a bundled term an own term takes.
  '/own-hant.html': () => doc('繁體', '<p id="own">這是一個機不可失的時刻，推動高質量發展。</p>'),
  // One term on the page, four in a same-origin frame (two of them the same), one in a srcdoc frame.
  '/frames-count.html': () =>
    doc(
      'Frames',
      `<p>外層：卡脖子</p>
       <iframe id="inner" src="/frames-count-inner.html" style="width:700px;height:200px"></iframe>
       <iframe id="srcdoc" srcdoc="<p lang='zh-Hant'>框架文字：小院高牆</p>" style="width:700px;height:120px"></iframe>`,
    ),
  '/frames-count-inner.html': () => doc('Inner', '<p>框架內：新質生產力、先立後破、一刀切，再說一次新質生產力。</p>'),
};
