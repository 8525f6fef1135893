/**
 * Before the Firefox tests: find Firefox ESR (installing Debian's package where we can) and check
 * the Firefox build of the extension is there. Fails with a message that says what to do.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findOrInstall } from '../browser-binary';
import { FIREFOX_EXTENSION_DIR } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefox: string;
  }
}

export default function setup(project: TestProject) {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first (npm test does).`);
  }
  const firefox = findOrInstall({
    name: 'Firefox',
    variable: 'TIFA_FIREFOX',
    candidates: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
    advice: 'Install Debian\'s "firefox-esr" package (140 or later).',
  });
  project.provide('firefox', firefox);
}
