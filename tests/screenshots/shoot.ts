/** Where the screenshot command writes, and the two kinds of picture it takes. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { popover } from '../e2e/harness';
import { ROOT } from '../e2e/paths';

/** The README's pictures. */
export const README_DIR = path.join(ROOT, 'docs/screenshots');
/** The store listings' pictures: 1280×800, the size the Chrome Web Store asks for. */
export const STORE_DIR = path.join(ROOT, 'docs/store/screenshots');
export const STORE_SIZE = { width: 1280, height: 800 };

/** The page around the open popover and the term it belongs to (at y), full width. */
export async function shootPopover(page: Page, file: string, y: number) {
  const box = (await popover(page).boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const top = Math.max(0, Math.min(box.y, y) - 60);
  await page.screenshot({
    path: path.join(README_DIR, file),
    animations: 'disabled', // the popover's fade-in finished: a screenshot mid-fade shows the page through it
    clip: { x: 0, y: top, width, height: Math.min(height - top, box.y + box.height + 30 - top) },
  });
}

/** The popup as the toolbar shows it: its own 360 px column, at most 600 px tall (a browser's limit). */
export async function popupImage(popup: Page): Promise<Buffer> {
  await popup.setViewportSize({ width: 360, height: 600 });
  const height = await popup.evaluate(() => Math.min(600, Math.ceil(document.querySelector('.panel')!.getBoundingClientRect().height)));
  return popup.screenshot({ clip: { x: 0, y: 0, width: 360, height }, animations: 'disabled' });
}

/**
 * A store picture of the page with the popup laid over its top right corner, where the toolbar
 * opens it (automation has no toolbar to capture).
 */
export async function shootWithPopup(page: Page, popup: Buffer, file: string) {
  const background = await page.screenshot({ animations: 'disabled' });
  const data = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<body style="margin:0">
    <img src="${data(background)}" style="position:absolute;inset:0">
    <img src="${data(popup)}" style="position:absolute;top:8px;right:16px;border:1px solid #bbb;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0 / 0.3)">
  </body>`);
  await page.screenshot({ path: path.join(STORE_DIR, file) });
}
