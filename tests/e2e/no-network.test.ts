/**
 * Tifa never sends a byte over the network: every request made in a whole session (a news page
 * loaded and read, a popover, the popup used, the options page if there is one) is recorded, and
 * the only ones allowed are the extension reading its own files and the test pages the test
 * itself opens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { hoverTerm, popover, useExtension, waitForHighlights } from './harness';
import { EXTENSION_DIR } from './paths';

const harness = useExtension();

interface Recorded {
  url: string;
  type: string;
  /** The page or frame that asked, the extension page, or the background's service worker. */
  from: string;
}

it('makes no network request during a full session', async () => {
  const { context, extensionId } = harness.browser;
  const requests: Recorded[] = [];
  // The background's service worker asks too (the toolbar icons): it has no frame.
  const record = (request: Request) =>
    requests.push({ url: request.url(), type: request.resourceType(), from: (request.serviceWorker() ?? request.frame()).url() });
  context.on('request', record);

  const opened = ['/article.html', '/frame.html', '/frame-inner.html'].map((p) => harness.server.url(p));
  const page = await harness.open('/article.html');
  await waitForHighlights(page);
  await hoverTerm(page, '新質生產力');
  await expect.poll(() => popover(page).locator('.term').textContent()).toBe('新質生產力');

  const framed = await harness.open('/frame.html'); // a second document, in a frame
  await waitForHighlights(framed.frame({ url: /frame-inner/ })!);

  const popup = await harness.openPopupFor(page);
  await expect.poll(() => popup.locator('.status').textContent()).toMatch(/terms marked/);
  await popup.locator('input[name=site]').uncheck();
  await popup.locator('input[name=site]').check();
  await popup.locator('input[name=enabled]').uncheck();
  await popup.locator('input[name=enabled]').check();
  await waitForHighlights(page);

  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    options_ui?: { page: string };
    options_page?: string;
  };
  const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
  if (optionsPage) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/${optionsPage}`);
    await options.waitForLoadState('networkidle');
    await options.close();
  }
  await page.reload();
  await waitForHighlights(page);
  context.off('request', record);

  // The extension's own files: chrome-extension://<id>/, or for a web-accessible file read with a
  // per-session dynamic URL (use_dynamic_url), chrome-extension://<session uuid>/. Never the network.
  const own = 'chrome-extension://';
  const network = requests.filter(
    (r) =>
      !r.url.startsWith(own) &&
      // The documents this test navigated to, and nothing else from the test server.
      !(r.type === 'document' && opened.includes(r.url)),
  );
  expect(network).toEqual([]);
  // The session did exercise the extension: its own files were read, and nothing else.
  expect(requests.some((r) => r.url.startsWith(own) && r.url.endsWith('.json'))).toBe(true);

  await popup.close();
  await framed.close();
  await page.close();
});
