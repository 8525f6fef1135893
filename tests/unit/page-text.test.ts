import { beforeEach, describe, expect, it } from 'vitest';
import { hasHanText, looksChinese } from '@/entrypoints/content/chinese-check';
import { declaredScript } from '@/entrypoints/reader/hit-store';
import { blocksWithin, locate, walkBlocks, type WalkOptions } from '@/entrypoints/reader/page-text';

const runs = (root: Node = document.body, options: WalkOptions = {}, shallow = false) =>
  [...walkBlocks(root, options, shallow)].map((b) => b.text.trim()).filter(Boolean);

describe('page text', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    document.documentElement.lang = '';
  });

  it('runs text across inline elements and breaks it at blocks and <br>', () => {
    document.body.innerHTML = `
      <div><p>加快<b>新質</b><a href="#">生產</a>力</p><p>第二段<br>換行後</p>尾巴</div>`;
    expect(runs()).toEqual(['加快新質生產力', '第二段', '換行後', '尾巴']);
  });

  it('gives each run the block it belongs to', () => {
    document.body.innerHTML = '<div id="d">前<p id="p">中<b>粗</b></p>後</div>';
    const blocks = [...walkBlocks(document.body)];
    expect(blocks.map((b) => [(b.container as Element).id, b.text])).toEqual([
      ['d', '前'],
      ['p', '中粗'],
      ['d', '後'],
    ]);
  });

  it('reads only a block\'s own runs when shallow', () => {
    document.body.innerHTML = '<div id="d">前<p>中</p>後<span>尾</span></div>';
    expect(runs(document.getElementById('d')!, {}, true)).toEqual(['前', '後尾']);
  });

  it('skips scripts, form fields, code, editable regions, ruby readings and excluded UI', () => {
    document.body.innerHTML = `
      <p>正文<script>var 卡脖子 = 1</script></p>
      <textarea>新質生產力</textarea><input value="新質生產力">
      <code>一刀切</code><div contenteditable="true">先立後破</div>
      <p><ruby>灣<rt>wān</rt>區<rt>qū</rt></ruby></p>
      <p hidden>久久為功</p>
      <tifa-popover>高質量發展</tifa-popover>`;
    expect(runs(document.body, { exclude: (name) => name === 'tifa-popover' })).toEqual(['正文', '灣區']);
  });

  it('passes over what is hidden or made editable at any depth, and reads what is editable="false"', () => {
    document.body.innerHTML = `
      <main><section><div><p hidden>久久為功</p><span contenteditable="">先立後破</span>甲</div>
      <div contenteditable="false"><b>卡脖子</b></div><x-card></x-card></section></main>`;
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>小院高牆</p>';
    expect(runs()).toEqual(['甲', '卡脖子', '小院高牆']);
  });

  it('reads nothing of a page in designMode, even one switched on while the walk waits', () => {
    document.body.innerHTML = '<p>新質生產力</p><div><b>第二段</b>的<i>文字</i></div><p>高質量發展</p>';
    try {
      document.designMode = 'on';
      expect(runs()).toEqual([]);
      document.designMode = 'off';
      const walk = walkBlocks(document.body);
      expect(walk.next().value?.text).toBe('新質生產力');
      document.designMode = 'on';
      expect(walk.next().done).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });

  it('keeps each run to its own block when text nodes share or change parents', () => {
    document.body.innerHTML = '<div id="d">前<b>甲</b><b>乙</b><p id="p">中<i>丙</i>丁</p>後</div>';
    const blocks = [...walkBlocks(document.body)].map((b) => [(b.container as Element).id, b.text]);
    expect(blocks).toEqual([
      ['d', '前甲乙'],
      ['p', '中丙丁'],
      ['d', '後'],
    ]);
  });

  it('reads open shadow roots and reports them', () => {
    document.body.innerHTML = '<p>外</p><x-card></x-card>';
    const host = document.querySelector('x-card')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>影子裡的新質生產力</p>';
    const seen: ShadowRoot[] = [];
    expect(runs(document.body, { onShadowRoot: (root) => seen.push(root) })).toEqual(['外', '影子裡的新質生產力']);
    expect(seen).toEqual([host.shadowRoot]);
  });

  it('finds the blocks inside an added subtree', () => {
    document.body.innerHTML = '<span id="s">字<div id="a">甲</div><b><p id="b">乙</p></b></span><section id="c"></section>';
    expect(blocksWithin(document.getElementById('s')!, {}).map((n) => (n as Element).id)).toEqual(['a', 'b']);
    expect(blocksWithin(document.getElementById('c')!, {}).map((n) => (n as Element).id)).toEqual(['c']);
    expect(blocksWithin(document.createTextNode('字'), {})).toEqual([]);
  });

  it('locates block offsets in their text nodes, keeping an end offset in its node', () => {
    document.body.innerHTML = '<p>加快<b>新質</b>生產力</p>';
    const [block] = walkBlocks(document.body);
    const [startNode, startOffset] = locate(block!, 2, false);
    expect([startNode.data, startOffset]).toEqual(['新質', 0]);
    const [endNode, endOffset] = locate(block!, 4, true);
    expect([endNode.data, endOffset]).toEqual(['新質', 2]);
    const [lastNode, lastOffset] = locate(block!, 7, true);
    expect([lastNode.data, lastOffset]).toEqual(['生產力', 3]);
  });

  it("takes a block's script from the nearest lang that names one", () => {
    document.documentElement.lang = 'zh-Hant-HK';
    document.body.innerHTML = `
      <p id="plain">中央</p><p id="pinned" lang="zh-Hans">中央</p>
      <div lang="zh-Hans"><p id="inside">中央</p></div><p id="english" lang="en">中央</p><x-card id="card"></x-card>`;
    const card = document.getElementById('card')!.attachShadow({ mode: 'open' });
    card.innerHTML = '<p>中央</p>';
    const script = (id: string) => declaredScript(document.getElementById(id)!);
    expect([script('plain'), script('pinned'), script('inside'), script('english')]).toEqual(['hant', 'hans', 'hans', null]);
    expect(declaredScript(card)).toBe('hant'); // a shadow root: its host's
    document.documentElement.lang = '';
    expect(script('plain')).toBe(null);
  });

  it('tells Chinese pages by their language or their text, ignoring scripts', () => {
    document.body.innerHTML = '<p>Hello world</p><script>// 中文</script>';
    expect(hasHanText(document.body)).toBe(false);
    expect(looksChinese(document)).toBe(false);
    document.documentElement.lang = 'zh-Hant-HK';
    expect(looksChinese(document)).toBe(true);
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<p>Hello</p><p>新聞</p>';
    expect(looksChinese(document)).toBe(true);
  });
});
