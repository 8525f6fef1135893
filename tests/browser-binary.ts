/**
 * Finds the browser the real-browser tests drive: the path in an environment variable, or one of
 * Debian's, installing Debian's package with apt-get when none is there and we are root. Otherwise
 * it fails with a message that names the variable to set. Shared by the Chromium and Firefox setups.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BrowserBinary {
  /** For messages: "Chromium". */
  name: string;
  /** Environment variable that points at a binary, e.g. TIFA_CHROMIUM. */
  variable: string;
  /** Where Debian's package puts it. */
  candidates: string[];
  /** Debian packages to install: the browser, and what its screenshots need. */
  packages: string[];
  /** Said when it cannot be installed here: what else works, what does not. */
  advice: string;
}

function find({ variable, candidates }: BrowserBinary): string | undefined {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${variable} points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path));
}

export function findOrInstall(browser: BrowserBinary): string {
  const found = find(browser);
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`No ${browser.name} found for the end-to-end tests. ${browser.advice} Or set ${browser.variable}.`);
  }
  console.log(`[e2e] No ${browser.name} found: installing Debian's ${browser.packages.join(' and ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...browser.packages], { stdio: 'inherit', env });
  const installed = find(browser);
  if (!installed) throw new Error(`${browser.name} is still missing after installing it: set ${browser.variable}.`);
  return installed;
}
