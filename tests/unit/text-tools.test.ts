import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main as explain } from '@/scripts/explain';
import { main as glossaryCheck } from '@/scripts/glossary-check';
import { main as scan } from '@/scripts/scan';
import { ARTICLE_CN, ARTICLE_HK, readArticle } from '../fixtures/articles';
import { ARTIFACT_DIR, ROOT } from '../e2e/paths';

/** Calls a tool in-process: its exit code and what it wrote. */
function run(main: typeof scan, ...args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  return { code, out, err };
}

interface Match {
  file: string;
  start: number;
  end: number;
  text: string;
  id: string;
}

// Compiling the glossary from its YAML takes seconds, more on a busy machine: a generous limit.
describe('text tools', { timeout: 60_000 }, () => {
  it('scan --json prints one array of {file, start, end, text, id} with offsets into the text', () => {
    const { code, out } = run(scan, '--json', ARTICLE_HK, ARTICLE_CN);
    expect(code).toBe(0);
    const found = JSON.parse(out) as Match[];
    for (const file of [ARTICLE_HK, ARTICLE_CN]) {
      const text = readArticle(file);
      const mine = found.filter((m) => m.file === file);
      expect(mine.length).toBeGreaterThan(100);
      for (const match of mine) {
        expect(Object.keys(match)).toEqual(['file', 'start', 'end', 'text', 'id']);
        expect(text.slice(match.start, match.end)).toBe(match.text);
      }
    }
    expect(found[0]).toMatchObject({ file: ARTICLE_HK, start: 0, end: 5, text: '新質生產力', id: 'new-quality-productive-forces' });
    const simplified = new Set(found.filter((m) => m.file === ARTICLE_CN).map((m) => m.id));
    for (const id of ['high-quality-development', 'five-major-tasks-finance', 'two-major-two-new', 'involution-style-competition']) {
      expect(simplified, id).toContain(id);
    }
  });

  it('scan prints counts and English renderings per file, and fails on a missing file', () => {
    const { code, out } = run(scan, ARTICLE_HK);
    expect(code).toBe(0);
    expect(out).toMatch(/^.*article-hk.txt: \d+ terms, \d+ distinct/);
    expect(out).toMatch(/\s+35×\s+新質生產力\s+new quality productive forces/);
    const missing = run(scan, 'no-such-file.txt');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read no-such-file.txt/);
    expect(run(scan).code).toBe(2);
  });

  it('explain prints a Markdown glossary in order of first appearance, in the text\'s script', () => {
    const items = (file: string) => run(explain, file).out.split('\n').filter((line) => line.startsWith('- **'));
    const hk = items(ARTICLE_HK);
    expect(hk[0]).toMatch(/^- \*\*新質生產力\*\* \*xīn zhì shēng chǎn lì\* — new quality productive forces \(×35\)\. /);
    expect(hk[1]).toContain('國際創新科技中心');
    expect(hk.findIndex((l) => l.includes('卡脖子'))).toBeGreaterThan(hk.findIndex((l) => l.includes('高質量發展')));
    const cn = items(ARTICLE_CN);
    expect(cn[0]).toMatch(/^- \*\*高质量发展\*\* \*gāo zhì liàng fā zhǎn\* — high-quality development \(×\d+\)\. /);
    expect(cn.some((l) => l.startsWith('- **新质生产力**'))).toBe(true);
    expect(run(explain, 'no-such-file.txt').code).toBe(1);
  });

  it('glossary:check counts the entries per category', async () => {
    let out = '';
    const code = await glossaryCheck([], { write: (s) => (out += s) }, { write: () => {} });
    expect(code).toBe(0);
    expect(Number(out.match(/^total\s+(\d+)$/m)?.[1])).toBeGreaterThanOrEqual(700);
  });

  // A real pipe between two processes: Node must write all of it before exiting. Generous timeout:
  // the limit is there only to stop a hung child; a slow machine gets the same result.
  it('pipes a multi-megabyte scan --json through `| cat` whole', { timeout: 300_000 }, async () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    const big = path.join(ARTIFACT_DIR, 'big-article.txt');
    const article = readArticle(ARTICLE_HK);
    const copies = Math.ceil(2_000_000 / Buffer.byteLength(article));
    writeFileSync(big, article.repeat(copies));
    const perCopy = (JSON.parse(run(scan, '--json', ARTICLE_HK).out) as Match[]).length;
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)('sh', ['-c', `"${tsx}" scripts/scan.ts --json "${big}" | cat`], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    });
    expect(stdout.length).toBeGreaterThan(2_000_000);
    expect((JSON.parse(stdout) as Match[]).length).toBe(perCopy * copies);
  });
});
