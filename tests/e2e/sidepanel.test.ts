/**
 * The reading companion. Test drivers cannot open Chrome's real side panel, so its page is opened
 * in a window of its own, as an extension page: it follows the tab the reader switches to in the
 * other window, shows the terms of that page as full entries in the page's script, and "Show on the
 * page" opens the term's popover there. The manifest declares it as Chrome's side panel.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popover, useExtension, waitForHighlights } from './harness';
import { EXTENSION_DIR } from './paths';
import { axeRun, axeSource } from './axe';
import { attachSidePanel } from './side-panel-target';
import { openSidePanelWindow } from './sidepanel-window';

const harness = useExtension();
let hk: Page;
let cn: Page;
let panel: Page;

const panelTerms = () => panel.locator('.terms > li .card .term').allTextContents();

beforeAll(async () => {
  hk = await harness.open('/article.html');
  await waitForHighlights(hk);
  cn = await harness.open('/article-cn.html');
  await waitForHighlights(cn);
  panel = await openSidePanelWindow(harness);
});
afterAll(async () => {
  await Promise.all([hk, cn, panel].map((page) => page.close()));
});

describe('the reading companion', () => {
  it('is Chrome’s side panel', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { side_panel?: { default_path: string }; permissions: string[] };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
  });

  it('follows the tab the reader switches to in another window', async () => {
    await hk.bringToFront();
    await expect.poll(panelTerms, { timeout: 10_000 }).toContain('新質生產力');
    await cn.bringToFront();
    await expect.poll(panelTerms, { timeout: 10_000 }).toContain('新质生产力');
    expect(await panelTerms()).not.toContain('新質生產力');
    // Full entries: each with its English rendering and meaning.
    const card = panel.locator('.card[data-entry="new-quality-productive-forces"]');
    expect(await card.locator('.en').first().textContent()).toBe('new quality productive forces');
    await panel.screenshot({ path: 'tests/e2e/.artifacts/sidepanel.png' });
  });

  it('shows a chosen term on its page, with its popover open', async () => {
    await hk.bringToFront();
    await expect.poll(panelTerms, { timeout: 10_000 }).toContain('新質生產力');
    await panel.locator('.terms > li', { has: panel.locator('.card[data-entry="new-quality-productive-forces"]') }).locator('.show').click();
    await expect.poll(() => popover(hk).locator('.term').textContent()).toBe('新質生產力');
  });

  it('opens from the popup as Chrome’s real side panel, beside the page, and follows its window’s tabs', async () => {
    // The panel's own window goes first: the popup must open in the window of the reader's tabs,
    // as the toolbar's popup does.
    await panel.close();
    const popup = await harness.openPopupFor(hk);
    await popup.locator('button.side-panel').click();
    const real = await attachSidePanel(harness);
    try {
      const terms = () => real.evaluate<string[]>(`[...document.querySelectorAll('.terms > li .card .term')].map((term) => term.textContent)`);
      await expect.poll(terms, { timeout: 10_000 }).toContain('新質生產力');
      expect(popup.isClosed()).toBe(true); // the popup makes way for the panel
      await cn.bringToFront();
      await expect.poll(terms, { timeout: 10_000 }).toContain('新质生产力');
      const count = await real.evaluate<string>(`document.querySelector('.bar .count').getAttribute('aria-label')`);
      expect(count).toBe(`${(await terms()).length} distinct terms`);
      await real.evaluate(axeSource());
      expect(await real.evaluate<string[]>(axeRun())).toEqual([]);
      writeFileSync('tests/e2e/.artifacts/sidepanel-real.png', await real.screenshot());
    } finally {
      await real.detach();
    }
  });
});
