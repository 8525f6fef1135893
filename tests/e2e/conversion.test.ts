/**
 * Page-script conversion in real Chromium: the popup's "Page script" control converting the test
 * article to 简体 and back to the exact original, Hong Kong ↔ Taiwan variants, a site rule applied
 * on reload, content arriving later, form fields left alone while typing, a script fighting the
 * conversion, and the glossary still marked and shown in the page's new script.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlighted, highlightedWhen, hoverTerm, popover, useExtension, waitForAllHighlights, waitForHighlights } from './harness';

const harness = useExtension();

/** Picks a page script in the popup (and the 繁體 variant first, when given). */
async function choose(page: Page, script: 'original' | 'hans' | 'hant', variant?: string, always?: boolean) {
  const popup = await harness.openPopupFor(page);
  const radio = popup.locator(`input[name="page-script"][value="${script}"]`);
  await expect.poll(() => radio.isEnabled()).toBe(true);
  if (variant) await popup.locator('select[name="traditional-variant"]').selectOption(variant);
  await radio.check();
  if (always !== undefined) await popup.locator('input[name="always-script"]').setChecked(always);
  await popup.waitForTimeout(100); // let the popup's messages leave before it closes
  await popup.close();
}

const text = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.textContent);
/** Every string the converter may touch, with the markup around it (less the popover's host). */
const documentHtml = (page: Page) =>
  page.evaluate(() => document.documentElement.outerHTML.replace('<tifa-popover></tifa-popover>', ''));

describe('page script', () => {
  it('converts the test article to 简体 and back to the exact original, keeping the terms marked', async () => {
    const page = await harness.open('/article.html');
    await waitForAllHighlights(page); // every term, not the first few
    const before = await documentHtml(page);
    const beforeTerms = await highlighted(page);
    const title = await page.title();

    await choose(page, 'hans');
    await expect.poll(() => text(page, 'h1'), { timeout: 15_000 }).toBe('新质生产力带动湾区创科 香港加快建设国际创新科技中心');
    // What is on screen first, then the rest (the title among it), then the page's language.
    await expect.poll(() => page.title()).not.toBe(title);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The blocks took the new language while their text was written; the root alone holds it now.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('head [lang], body [lang]').length)).toBe(0);
    const after = await page.evaluate(() => document.body.innerText);
    expect(after).not.toMatch(/[發質產區業鏈]/);

    // The highlights follow: the same number of terms, now in Simplified.
    const terms = await highlightedWhen(page, (t) => t.includes('新质生产力') && !t.includes('新質生產力'));
    expect(terms.length).toBe(beforeTerms.length);
    await hoverTerm(page, '新质生产力', 1);
    await expect.poll(() => popover(page).locator('.term').textContent()).toBe('新质生产力');
    await page.mouse.move(2, 700);

    await choose(page, 'original');
    await expect.poll(() => documentHtml(page), { timeout: 15_000 }).toBe(before);
    expect(await page.title()).toBe(title);
    await highlightedWhen(page, (t) => t.filter((x) => x === '新質生產力').length === beforeTerms.filter((x) => x === '新質生產力').length);
    await page.close();
  });

  it('switches Hong Kong text to Taiwan forms and Taiwan text to Hong Kong forms', async () => {
    const hk = await harness.open('/convert-hk.html');
    await choose(hk, 'hant', 'tw');
    await expect.poll(() => text(hk, '#text')).toBe('衛生署裡面的資料，著數之選。');
    expect(await hk.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-TW');
    expect(await hk.locator('#nested').getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await hk.title()).toBe('香港衛生');
    await hk.close();

    const tw = await harness.open('/convert-tw.html');
    await choose(tw, 'hant', 'hk');
    await expect.poll(() => text(tw, '#text')).toBe('衞生署裏面的資料。');
    expect(await tw.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-HK');
    await tw.close();
  });

  it('applies a site rule when the page is loaded again, and stops when the rule is removed', async () => {
    const page = await harness.open('/convert-tw.html');
    await choose(page, 'hans', undefined, true);
    await expect.poll(() => text(page, '#text')).toBe('卫生署里面的资料。');
    await page.reload();
    await expect.poll(() => text(page, '#text'), { timeout: 15_000 }).toBe('卫生署里面的资料。');

    await choose(page, 'original'); // with the rule on, choosing Original removes it
    await expect.poll(() => text(page, '#text')).toBe('衛生署裡面的資料。');
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await text(page, '#text')).toBe('衛生署裡面的資料。');
    await page.close();
  });

  it('keeps the popup\'s status and terms while the page converts: never "Off", the terms coming back', async () => {
    const page = await harness.open('/article.html');
    await waitForHighlights(page);
    const popup = await harness.openPopupFor(page);
    const status = popup.locator('.status');
    await expect.poll(() => status.textContent()).toMatch(/terms marked/);
    const seen = new Set<string>();
    const watch = setInterval(() => void status.textContent().then((s) => s && seen.add(s), () => {}), 20);
    await popup.locator('input[name="page-script"][value="hans"]').check();
    await expect.poll(() => popup.locator('.page-terms button', { hasText: '新质生产力' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    clearInterval(watch);
    expect([...seen].filter((s) => /off|Off/.test(s))).toEqual([]);
    await expect.poll(() => status.textContent()).toMatch(/terms marked/);
    await popup.locator('input[name="page-script"][value="original"]').check();
    await popup.waitForTimeout(100);
    await popup.close();
    await page.close();
  });

  it('meets Simplified and English pages of an "Always 简体" site without an error', async () => {
    const rule = await harness.open('/convert-tw.html');
    await choose(rule, 'hans', undefined, true);
    await expect.poll(() => text(rule, '#text')).toBe('卫生署里面的资料。');
    for (const url of ['/simplified.html', '/english.html']) {
      const page = await harness.browser.context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(harness.server.url(url));
      await page.waitForTimeout(1500); // the rule's conversion has run (there is nothing to convert)
      expect(errors, url).toEqual([]);
      await page.close();
    }
    await choose(rule, 'original');
    await rule.close();
  });

  it('converts content that arrives or changes after the page was converted', async () => {
    const page = await harness.open('/convert-dynamic.html');
    await choose(page, 'hans');
    await expect.poll(() => text(page, '#first')).toBe('加快发展新质生产力。');
    expect(await page.locator('#pic').getAttribute('alt')).toBe('图片说明');

    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('後來加入的段落：高質量發展。'));
    await expect.poll(() => page.locator('#main p').last().textContent()).toBe('后来加入的段落：高质量发展。');
    await page.evaluate(() => (window as unknown as { editText(t: string): void }).editText('這段文字已經改寫。'));
    await expect.poll(() => text(page, '#edit')).toBe('这段文字已经改写。');
    await page.evaluate(() => (window as unknown as { setTitle(t: string): void }).setTitle('標題說明'));
    await expect.poll(() => page.locator('#first').getAttribute('title')).toBe('标题说明');
    await highlightedWhen(page, (t) => t.includes('高质量发展'));

    await choose(page, 'original');
    await expect.poll(() => page.locator('#main p').last().textContent()).toBe('後來加入的段落：高質量發展。');
    expect(await text(page, '#edit')).toBe('這段文字已經改寫。');
    expect(await page.locator('#first').getAttribute('title')).toBe('標題說明');
    await page.close();
  });

  it('keeps the language on the blocks of a long page, not its root, and puts the page back exactly', async () => {
    const page = await harness.open('/convert-long.html');
    const before = await documentHtml(page);
    const paragraphs = await page.locator('#main p').count();
    await choose(page, 'hans');
    await expect.poll(() => page.locator('#main p').last().textContent(), { timeout: 30_000 }).toBe(`第${paragraphs}段：卫生署里面的资料。`);
    // Restyling the whole page for a new root language would be one long task: every block keeps
    // its own pin instead, and the root its language.
    await expect.poll(() => page.locator('#main p[lang="zh-Hans"]').count()).toBe(paragraphs);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-HK');
    expect(await page.locator('#main').getAttribute('lang')).toBeNull();

    // Text added later is converted and pinned as well.
    await page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('後來加入的段落：高質量發展。'));
    await expect.poll(() => text(page, '#later')).toBe('后来加入的段落：高质量发展。');
    await expect.poll(() => page.locator('#later').getAttribute('lang')).toBe('zh-Hans');

    await choose(page, 'original');
    await expect.poll(() => text(page, '#later'), { timeout: 30_000 }).toBe('後來加入的段落：高質量發展。');
    await page.evaluate(() => document.getElementById('later')!.remove());
    await expect.poll(() => documentHtml(page), { timeout: 30_000 }).toBe(before);
    await page.close();
  });

  it('leaves form fields, editors, code and translate="no" alone, also while the reader types', async () => {
    const page = await harness.open('/convert-fields.html');
    await choose(page, 'hans');
    await expect.poll(() => text(page, '#label')).toBe('请输入发展目标');
    expect(await page.locator('#input').getAttribute('placeholder')).toBe('输入发展目标');

    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type('發展');
    await page.locator('#input').click();
    await page.keyboard.press('End');
    await page.keyboard.type('與發展');
    await page.waitForTimeout(500);
    expect(await page.locator('#input').inputValue()).toBe('發展與發展');
    expect(await page.locator('#area').inputValue()).toBe('發展新質生產力');
    expect(await text(page, '#editor')).toBe('發展新質生產力發展');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionStart)).toBe(5);
    expect(await text(page, '#code')).toBe('發展');
    expect(await text(page, '#keep')).toBe('發展');
    await page.close();
  });

  it('stops rewriting a string that another script keeps putting back', async () => {
    const page = await harness.open('/convert-fight.html');
    await choose(page, 'hans');
    const rewrites = () => page.evaluate(() => (window as unknown as { rewrites: number }).rewrites);
    await expect.poll(rewrites).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    const settled = await rewrites();
    await page.waitForTimeout(1000);
    expect(await rewrites()).toBe(settled); // the fight is over
    expect(settled).toBeLessThanOrEqual(6);
    expect(await text(page, '#fought')).toBe('發展新質生產力'); // the other script's text is left
    await page.close();
  });
});
