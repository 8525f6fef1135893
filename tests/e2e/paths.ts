import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Absolute, as Chromium's --load-extension needs. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** Screenshots the README shows: made by these tests. */
export const SCREENSHOT_DIR = path.join(ROOT, 'docs/screenshots');
/** Screenshots for looking at, not committed. */
export const ARTIFACT_DIR = path.join(ROOT, 'tests/e2e/.artifacts');
export const SEED_ARTICLE = path.resolve(ROOT, '../shared/seeds/000_fd79f2fb093831e2.txt');
