/**
 * Before the real-browser tests: find Chromium (installing Debian's package where we can) and
 * check the extension has been built. Fails with a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { EXTENSION_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string;
  }
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

function findChromium(): string | undefined {
  const fromEnv = process.env.TIFA_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`TIFA_CHROMIUM points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function installChromium(): void {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s "chromium" package, or set ' +
        'TIFA_CHROMIUM to the path of a Chromium binary (not branded Chrome: it ignores --load-extension).',
    );
  }
  console.log('[e2e] No Chromium found: installing Debian\'s chromium and fonts-noto-cjk with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env,
  });
}

export default function setup(project: TestProject) {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  }
  let chromium = findChromium();
  if (!chromium) {
    installChromium();
    chromium = findChromium();
  }
  if (!chromium) throw new Error('Chromium is still missing after installing it: set TIFA_CHROMIUM.');
  project.provide('chromium', chromium);
}
