import { beforeEach, describe, expect, it } from 'vitest';
import { createLangPins } from '@/entrypoints/page-converter/lang-pins';

const text = (id: string) => document.getElementById(id)!.firstChild as Text;

describe('lang pins', () => {
  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant-HK';
    document.body.innerHTML = `
      <p id="p"><b id="b">粗體</b>段落</p><p id="q">另一段</p>
      <div lang="en"><p id="en">英文</p></div><p id="own" lang="zh-HK">香港</p>`;
  });

  it('gives the block around a written text the language its page will have, and takes it off', () => {
    const pins = createLangPins();
    const pin = pins.pass((from) => (from === document.documentElement ? 'zh-Hans' : null));
    pin(text('b'));
    pin(document.getElementById('p')!.lastChild as Text);
    pin(text('en'));
    pin(text('own'));
    expect(document.getElementById('p')!.getAttribute('lang')).toBe('zh-Hans'); // the block, not the <b>
    expect(document.getElementById('b')!.hasAttribute('lang')).toBe(false);
    expect(document.getElementById('q')!.hasAttribute('lang')).toBe(false); // not written
    expect(document.getElementById('en')!.hasAttribute('lang')).toBe(false); // inherits English
    expect(document.getElementById('own')!.getAttribute('lang')).toBe('zh-HK'); // its own
    pins.unpinAll();
    expect(document.getElementById('p')!.hasAttribute('lang')).toBe(false);
    expect(document.getElementById('own')!.getAttribute('lang')).toBe('zh-HK');
  });

  it('takes the pins off one at a time, passing over those the page took back', () => {
    const pins = createLangPins();
    const pin = pins.pass(() => 'zh-Hans');
    pin(text('b'));
    pin(text('q'));
    const p = document.getElementById('p')!;
    expect(pins.has(p)).toBe(true);
    expect(pins.has(document.getElementById('own')!)).toBe(false);
    const release = pins.release();
    expect(release.next().value).toBe(1);
    expect(p.hasAttribute('lang')).toBe(false);
    expect(document.getElementById('q')!.getAttribute('lang')).toBe('zh-Hans'); // not yet
    document.getElementById('q')!.setAttribute('lang', 'en');
    pins.forget(document.getElementById('q')!);
    expect(release.next().done).toBe(true);
    expect(document.getElementById('q')!.getAttribute('lang')).toBe('en');
    expect(pins.has(p)).toBe(false);
  });

  it('counts its pins, and a later pass for the inherited language takes them off block by block', () => {
    const pins = createLangPins();
    const pin = pins.pass(() => 'zh-Hans');
    pin(text('b'));
    pin(text('q'));
    pin(text('own'));
    expect(pins.count).toBe(2);
    // "Original" on a page that kept its pins: the root never changed, its blocks inherit it again.
    const unpin = pins.pass(() => null);
    unpin(text('q'));
    expect(document.getElementById('q')!.hasAttribute('lang')).toBe(false);
    expect(document.getElementById('p')!.getAttribute('lang')).toBe('zh-Hans'); // not written yet
    expect(document.getElementById('own')!.getAttribute('lang')).toBe('zh-HK');
    unpin(text('own'));
    expect(document.getElementById('own')!.getAttribute('lang')).toBe('zh-HK'); // the page's own
    expect(pins.count).toBe(1);
  });

  it('never pins the body, and leaves a language the page set meanwhile', () => {
    document.body.innerHTML = '正文<p id="p">段落</p>';
    const pins = createLangPins();
    const pin = pins.pass(() => 'zh-Hans');
    pin(document.body.firstChild as Text);
    pin(text('p'));
    expect(document.body.hasAttribute('lang')).toBe(false);
    document.getElementById('p')!.setAttribute('lang', 'en');
    pins.forget(document.getElementById('p')!);
    pins.unpinAll();
    expect(document.getElementById('p')!.getAttribute('lang')).toBe('en');
  });
});
