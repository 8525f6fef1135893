/**
 * Before the Firefox tests: find Firefox ESR (installing Debian's package where we can) and check
 * the Firefox build of the extension is there. Fails with a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { FIREFOX_EXTENSION_DIR } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefox: string;
  }
}

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

function findFirefox(): string | undefined {
  const fromEnv = process.env.TIFA_FIREFOX;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`TIFA_FIREFOX points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function installFirefox(): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'No Firefox found for the Firefox end-to-end tests. Install Debian\'s "firefox-esr" package (140 or ' +
        'later), or set TIFA_FIREFOX to the path of a Firefox binary.',
    );
  }
  console.log('[e2e-firefox] No Firefox found: installing Debian\'s firefox-esr with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], { stdio: 'inherit', env });
}

export default function setup(project: TestProject) {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first (npm test does).`);
  }
  let firefox = findFirefox();
  if (!firefox) {
    installFirefox();
    firefox = findFirefox();
  }
  if (!firefox) throw new Error('Firefox is still missing after installing it: set TIFA_FIREFOX.');
  project.provide('firefox', firefox);
}
