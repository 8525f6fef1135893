/**
 * Before the real-browser tests: find Chromium (installing Debian's package where we can) and
 * check the extension has been built. Fails with a message that says what to do.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findOrInstall } from '../browser-binary';
import { EXTENSION_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string;
  }
}

export default function setup(project: TestProject) {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  }
  const chromium = findOrInstall({
    name: 'Chromium',
    variable: 'TIFA_CHROMIUM',
    candidates: ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'],
    packages: ['chromium', 'fonts-noto-cjk'],
    advice: 'Install Debian\'s "chromium" package (not branded Chrome: it ignores --load-extension).',
  });
  project.provide('chromium', chromium);
}
