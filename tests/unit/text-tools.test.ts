import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, seedArticle } from './helpers';

const run = (script: string, ...args: string[]) =>
  execFileSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('text tools', () => {
  it('scan --json prints one array of {file, start, end, text, id} with offsets into the text', () => {
    const found = JSON.parse(run('scan', '--json', SEED_ARTICLE)) as Record<string, unknown>[];
    const text = seedArticle();
    expect(found.length).toBeGreaterThan(100);
    for (const match of found) {
      expect(Object.keys(match)).toEqual(['file', 'start', 'end', 'text', 'id']);
      expect(match.file).toBe(SEED_ARTICLE);
      expect(text.slice(match.start as number, match.end as number)).toBe(match.text);
    }
    expect(found[0]).toMatchObject({ start: 4, end: 9, text: '新質生產力', id: 'new-quality-productive-forces' });
  });

  it('scan prints counts and English renderings per file, and fails on a missing file', () => {
    const out = run('scan', SEED_ARTICLE);
    expect(out).toMatch(/^.*000_fd79f2fb093831e2.txt: \d+ terms, \d+ distinct/);
    expect(out).toMatch(/\s+35×\s+新質生產力\s+new quality productive forces/);
    expect(() => run('scan', 'no-such-file.txt')).toThrow(/cannot read no-such-file.txt/);
  });

  it('explain prints a Markdown glossary in order of first appearance, in the text\'s script', () => {
    const out = run('explain', SEED_ARTICLE);
    const items = out.split('\n').filter((line) => line.startsWith('- **'));
    expect(items[0]).toMatch(/^- \*\*新質生產力\*\* \*xīn zhì shēng chǎn lì\* — new quality productive forces \(×35\)\. /);
    expect(items[1]).toContain('國際創新科技中心');
    expect(items.findIndex((l) => l.includes('卡脖子'))).toBeGreaterThan(items.findIndex((l) => l.includes('高質量發展')));
  });
});
