import { afterEach, describe, expect, it } from 'vitest';
import { isEditingHost, nextOutside } from '@/utils/dom-walk';

describe('page walk helpers', () => {
  afterEach(() => {
    document.designMode = 'off';
  });

  it('finds editing hosts by their attribute, and every element in designMode', () => {
    document.body.innerHTML = `
      <div id="empty" contenteditable></div><div id="true" contenteditable="true"></div>
      <div id="plain" contenteditable="plaintext-only"></div><div id="off" contenteditable="false"></div>
      <p id="none">正文</p>`;
    const host = (id: string) => isEditingHost(document.getElementById(id)!);
    expect(['empty', 'true', 'plain'].map(host)).toEqual([true, true, true]);
    expect(['off', 'none'].map(host)).toEqual([false, false]);
    document.designMode = 'on';
    expect(host('none')).toBe(true);
  });

  it('moves a tree walker past a subtree, and to null at the end of its root', () => {
    document.body.innerHTML = `<div id="root"><section id="skip"><p>裡面</p></section><p id="after">後面</p></div>`;
    const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_ELEMENT);
    expect((walker.nextNode() as Element).id).toBe('skip');
    expect((nextOutside(walker) as Element).id).toBe('after');
    expect(nextOutside(walker)).toBeNull();
  });
});
