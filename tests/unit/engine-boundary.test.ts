import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine (fold, trie, matcher, script detection, term index) runs in the content script, the
// text tools and the bench alike: it may import only itself and the glossary's build-time types.
const ENGINE = join(__dirname, '../../utils/engine');
const ALLOWED = /^(\.\/[\w-]+|@\/glossary\/fold-table)$/;
const BROWSER_GLOBALS = /\b(document|window|browser|chrome|navigator|localStorage)\s*\./;

describe('the engine folder', () => {
  const files = readdirSync(ENGINE).filter((name) => name.endsWith('.ts'));

  it('holds the engine modules', () => {
    expect(files.sort()).toEqual(['fold.ts', 'glossary.ts', 'match-file.ts', 'matcher.ts', 'script.ts', 'shards.ts', 'trend.ts', 'trie.ts']);
  });

  it.each(files)('%s imports no browser module and touches no browser global', (name) => {
    const source = readFileSync(join(ENGINE, name), 'utf8');
    const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    expect(imports.filter((path) => !ALLOWED.test(path))).toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(BROWSER_GLOBALS);
  });
});
