/**
 * The popup opened in Firefox on a page converted to 简体, the page's answers held back: from
 * its first state until the page has answered, it says it is asking, with no script chosen and
 * every control disabled; it never says Tifa cannot run there and never shows *Original* as the
 * page's script (it did both for about a second in Firefox, issue 14 item 13).
 */
import { describe, expect, it } from 'vitest';
import { highlighted, until, useFirefox } from './firefox';

const harness = useFirefox();

/** The popup's status and its page-script radios: value, checked, disabled. */
const popupState = () => {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="page-script"]')];
  const choices = radios.map((r) => `${r.value}:${r.checked ? 'checked' : '-'}:${r.matches(':disabled') ? 'disabled' : 'enabled'}`);
  return `${document.querySelector('.status')?.textContent ?? ''} | ${choices.join(' ')}`;
};

describe('Firefox: the popup while the page answers', () => {
  it('shows a neutral loading state, never "cannot run" nor Original on a converted page', async () => {
    const page = await harness.open('/article.html');
    await until(async () => (await highlighted(page)).length > 20);
    const first = await harness.openPopupFor(page);
    const hans = 'input[name="page-script"][value="hans"]';
    await until(() => first.evaluate((selector) => document.querySelector(selector)?.matches(':enabled') === true, hans));
    await first.click(hans);
    await until(async () => /^zh-Hans/.test((await page.evaluate(() => document.documentElement.lang)) ?? ''));
    await first.close();

    // The page keeps its main thread, which its content script shares, busy for 2.5 s: the
    // popup's questions wait for it (preload scripts, which could delay them in the popup, do not
    // reach moz-extension:// pages over BiDi).
    await page.evaluate(() => void setTimeout(() => { const end = performance.now() + 2500; while (performance.now() < end); }, 100));
    const popup = await harness.openPopupFor(page);
    const seen: string[] = [];
    const answered = /terms marked .* hans:checked:enabled/;
    for (const end = Date.now() + 20_000; !answered.test(seen[seen.length - 1] ?? '') && Date.now() < end; ) {
      const now = await popup.evaluate(popupState); // read as fast as the driver can: no state slips by
      if (seen[seen.length - 1] !== now) seen.push(now);
    }
    expect(seen[0]).toBe('Asking the page… | original:-:disabled hans:-:disabled hant:-:disabled'); // the first state read
    expect(seen.join('\n')).not.toContain('cannot run');
    expect(seen.filter((state) => state.includes('original:checked'))).toEqual([]);
    expect(seen[seen.length - 1]).toMatch(answered);
    await popup.close();
    await page.close();
  });
});
