import { beforeEach, describe, expect, it } from 'vitest';
import { chineseLangElements, readSlot, slotsBetween, slotsUnder, type Slot } from '@/utils/convert/plan';

const describeSlot = (slot: Slot) => (slot.attribute ? `${slot.node.id}@${slot.attribute}=` : 'text=') + readSlot(slot);

describe('conversion plan', () => {
  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant';
    document.body.innerHTML = `
      <p id="p" title="標題">段落<b>粗體</b> English</p>
      <img id="img" alt="圖片"><input id="in" value="值" placeholder="提示"><textarea id="ta" placeholder="提示">內容</textarea>
      <div id="ed" contenteditable="true" title="編輯"><span id="inner" title="內部">編輯器</span></div>
      <pre>程式</pre><code>代碼</code><script>/* 腳本 */</script><p translate="no">不譯</p><p class="notranslate">不譯</p>
      <tifa-popover>彈出</tifa-popover><p aria-label="說明" id="aria">a</p><p lang="zh-HK" id="hk">香港</p><p lang="en">英文</p>`;
  });

  it('lists text nodes and hint attributes, never editable content, code or Tifa’s UI', () => {
    expect([...slotsUnder(document.body)].map(describeSlot)).toEqual([
      'p@title=標題',
      'text=段落',
      'text=粗體',
      'img@alt=圖片',
      'in@placeholder=提示',
      'ta@placeholder=提示',
      'aria@aria-label=說明',
      'text=香港',
      'text=英文',
    ]);
  });

  it('hands on each string it read, as it reads now', () => {
    const slots = [...slotsUnder(document.body)];
    expect(slots.map((slot) => slot.value)).toEqual(slots.map(readSlot));
  });

  it('finds what its attributes put off limits at any depth, and custom elements’ shadow roots', () => {
    document.body.innerHTML = `<div><section><p translate="no">甲</p><p class="lead notranslate">乙</p>
      <p contenteditable="">丙</p><p contenteditable="false">丁<b title="標">戊</b></p><my-card>己</my-card></section></div>`;
    document.querySelector('my-card')!.attachShadow({ mode: 'open' }).innerHTML = '<span>庚</span>';
    expect([...slotsUnder(document.body)].map(describeSlot)).toEqual(['text=丁', '@title=標', 'text=戊', 'text=庚', 'text=己']);
  });

  it('walks an added node and its open shadow root', () => {
    const host = document.getElementById('p')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>影子</span>';
    const seen: ShadowRoot[] = [];
    expect([...slotsUnder(host, (r) => seen.push(r))].map(describeSlot)).toContain('text=影子');
    expect(seen).toEqual([root]);
    expect([...slotsUnder(document.getElementById('inner')!)]).toEqual([]); // inside the editor
  });

  it('lists the slots between two nodes in document order, what is off limits left out', () => {
    const first = document.getElementById('p')!.firstChild!;
    const last = document.getElementById('hk')!.firstChild!;
    expect([...slotsBetween(first, last)].map(describeSlot)).toEqual([
      'text=段落',
      'text=粗體',
      'img@alt=圖片',
      'aria@aria-label=說明',
      'text=香港',
    ]);
    expect([...slotsBetween(last, last)].map(describeSlot)).toEqual(['text=香港']);
  });

  it('changes the lang of the root and of elements declared Chinese only', () => {
    expect([...chineseLangElements(document)].map((e) => e.id || e.localName)).toEqual(['html', 'hk']);
    document.documentElement.lang = 'en';
    expect([...chineseLangElements(document)].map((e) => e.id || e.localName)).toEqual(['hk']);
  });
});
