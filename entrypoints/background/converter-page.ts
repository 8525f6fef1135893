/**
 * Opens the converter page (entrypoints/converter/) that serves every tab. Chrome: an offscreen
 * document, since a service worker can neither hold the converter across its idle stops nor load
 * the 2 MB dictionary lazily (no import() in service workers). Firefox has no offscreen API but
 * its background is a page: the converter page becomes a frame of it.
 */
import { browser } from 'wxt/browser';

const PAGE = '/converter.html';

/** The opening under way: a second request waits for it rather than finding a page not yet loaded. */
let opening: Promise<void> | null = null;

export function openConverterPage(): Promise<void> {
  return (opening ??= open().finally(() => (opening = null)));
}

async function open(): Promise<void> {
  if (browser.offscreen) {
    // No state kept here (the worker stops when idle): ask for the document and accept "already open".
    await browser.offscreen
      .createDocument({
        url: PAGE,
        reasons: [browser.offscreen.Reason.CLIPBOARD],
        justification: 'Converts page text between Simplified and Traditional Chinese and copies converted selections.',
      })
      .catch((error: unknown) => {
        if (!/single offscreen document/i.test(String(error))) throw error;
      });
    return;
  }
  const url = browser.runtime.getURL(PAGE);
  if (document.querySelector(`iframe[src="${url}"]`)) return;
  const frame = document.createElement('iframe');
  frame.src = url;
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    document.body.append(frame);
  });
}
