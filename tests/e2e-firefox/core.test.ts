/**
 * The core flows in Firefox ESR with the Firefox build: terms marked on the test article without
 * touching its DOM, the popover on hover, the popup switching Tifa off and on, the toolbar badge.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iconProblems } from '../e2e/manifest-icons';
import { ARTIFACT_DIR } from '../e2e/paths';
import { FIREFOX_EXTENSION_DIR, highlighted, popoverText, termCentre, until, useFirefox } from './firefox';

const harness = useFirefox();

type FirefoxApi = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

describe('Firefox: on the test article', () => {
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await harness.open('/article.html');
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await until(async () => (await highlighted(page)).length > 20);
  });
  afterAll(() => page.close());

  it('marks the jargon without changing the page DOM', async () => {
    const terms = await highlighted(page);
    for (const term of ['新質生產力', '高質量發展', '卡脖子', '小院高牆', '先立後破']) expect(terms, term).toContain(term);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: object[] }).__mutations);
    expect(mutations).toEqual([]);
  });

  it('shows the popover for 新質生產力 on hover and hides it when the pointer leaves', async () => {
    const { x, y } = await termCentre(page, '新質生產力');
    await page.mouse.move(2, 2);
    await page.mouse.move(x, y, { steps: 4 });
    await until(async () => (await popoverText(page, '.term')) === '新質生產力');
    expect(await popoverText(page, '.en')).toBe('new quality productive forces');
    expect(await popoverText(page, '.pinyin')).toBe('xīn zhì shēng chǎn lì');
    // Past the popover's 120 ms fade-in, so the screenshot shows it as a reader sees it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: path.join(ARTIFACT_DIR, 'firefox-popover.png') });
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: object[] }).__mutations);
    expect(mutations).toEqual([{ type: 'childList', target: 'HTML', added: ['TIFA-POPOVER'], removed: [] }]);

    await page.mouse.move(x, 700, { steps: 4 });
    await until(async () => (await popoverText(page, '.term')) === null);
    expect(errors).toEqual([]);
  });
});

describe('Firefox: popup', () => {
  it('turns Tifa off and on, and the page follows at once', async () => {
    const page = await harness.open('/article.html');
    const count = async () => (await highlighted(page)).length;
    await until(async () => (await count()) > 20);
    const popup = await harness.openPopupFor(page);
    const status = () => popup.evaluate(() => document.querySelector('.status')?.textContent);
    await until(async () => /^\d+ terms marked \(\d+ distinct\) on this page\.$/.test((await status()) ?? ''));
    // The toolbar badge counts the distinct terms, read back from the extension's own page.
    const badge = () =>
      popup.evaluate(async (url) => {
        const { tabs, action } = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const tab = (await tabs.query({})).find((t) => t.url === url); // match patterns take no port
        return action.getBadgeText({ tabId: tab!.id! });
      }, page.url());
    const distinct = (await status())!.match(/\((\d+) distinct\)/)![1];
    await until(async () => (await badge()) === distinct);

    await popup.click('input[name=enabled]');
    await until(async () => (await count()) === 0);
    await until(async () => (await status()) === 'Tifa is off.');
    await until(async () => (await badge()) === '');
    await popup.click('input[name=enabled]');
    await until(async () => (await count()) > 20);
    await popup.close();
    await page.close();
  });
});

it('declares the icons and the toolbar icons, and ships them', () => {
  expect(iconProblems(FIREFOX_EXTENSION_DIR)).toEqual([]);
});
