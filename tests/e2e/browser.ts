/**
 * Launches Debian's Chromium headless with the built extension, through playwright-core (no
 * browser download), and finds the extension's id.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium names an unpacked extension after the SHA-256 of its absolute path: the first 32 hex
 * digits, written with the letters a–p. Tifa has no background service worker to read it from.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface LaunchOptions {
  /** The browser's UI language (the extension's own UI follows it), e.g. 'zh-CN'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(executablePath: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const locale = options.locale ?? 'en-US';
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tifa-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1000, height: 720 },
    deviceScaleFactor: 1,
    hasTouch: true,
    colorScheme: options.colorScheme ?? 'light',
    locale,
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from LANGUAGE.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      // Playwright passes --disable-extensions; these two let ours (and only ours) load.
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
      `--lang=${locale}`,
    ],
  });
  return {
    context,
    extensionId: unpackedExtensionId(EXTENSION_DIR),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops every service worker of the browser, the extension's among them, as Chrome stops it after
 * 30 s without events, and waits until it is gone (the next event starts it again).
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const running = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as { type: string }[]).filter((t) => t.type === 'service_worker').length;
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; (await running()) > 0; i++) {
    if (i === 50) throw new Error('the service worker did not stop');
    await page.waitForTimeout(100);
  }
  await cdp.detach();
}
