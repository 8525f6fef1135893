import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Absolute, as Chromium's --load-extension needs. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** What tests write (screenshots for looking at, exports): ignored by git, never committed. */
export const ARTIFACT_DIR = path.join(ROOT, 'tests/e2e/.artifacts');
