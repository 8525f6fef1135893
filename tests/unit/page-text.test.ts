import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, hasChineseText, locate } from '@/entrypoints/content/page-text';

const texts = () => collectBlocks(document.body).map((b) => b.text);

describe('page text', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('runs text across inline elements and breaks it at blocks and <br>', () => {
    document.body.innerHTML = `
      <div><p>加快<b>新質</b><a href="#">生產</a>力</p><p>第二段<br>換行後</p>尾巴</div>`;
    expect(texts().map((t) => t.trim()).filter(Boolean)).toEqual(['加快新質生產力', '第二段', '換行後', '尾巴']);
  });

  it('skips scripts, form fields, code, editable regions, ruby readings and excluded UI', () => {
    document.body.innerHTML = `
      <p>正文<script>var 卡脖子 = 1</script></p>
      <textarea>新質生產力</textarea><input value="新質生產力">
      <code>一刀切</code><div contenteditable="true">先立後破</div>
      <p><ruby>灣<rt>wān</rt>區<rt>qū</rt></ruby></p>
      <tifa-popover>高質量發展</tifa-popover>`;
    const all = collectBlocks(document.body, { exclude: (el) => el.localName === 'tifa-popover' })
      .map((b) => b.text.trim())
      .filter(Boolean);
    expect(all).toEqual(['正文', '灣區']);
  });

  it('locates block offsets in their text nodes, keeping an end offset in its node', () => {
    document.body.innerHTML = '<p>加快<b>新質</b>生產力</p>';
    const [block] = collectBlocks(document.body);
    const [startNode, startOffset] = locate(block!, 2, false);
    expect([startNode.data, startOffset]).toEqual(['新質', 0]);
    const [endNode, endOffset] = locate(block!, 4, true);
    expect([endNode.data, endOffset]).toEqual(['新質', 2]);
    const [lastNode, lastOffset] = locate(block!, 7, true);
    expect([lastNode.data, lastOffset]).toEqual(['生產力', 3]);
  });

  it('detects Chinese text, ignoring scripts', () => {
    document.body.innerHTML = '<p>Hello world</p><script>// 中文</script>';
    expect(hasChineseText(document.body)).toBe(false);
    document.body.innerHTML = '<p>Hello</p><p>新聞</p>';
    expect(hasChineseText(document.body)).toBe(true);
  });
});
