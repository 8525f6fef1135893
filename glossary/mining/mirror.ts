/**
 * Public archives the mining works on, read from git mirrors (the layout the project's `fetch`
 * tool gives: <TIFA_MIRRORS>/<owner>+<name>/repo, a bare git directory). Nothing here is
 * committed text: a file is read at the commit the manifest records, so anyone with the same
 * mirrors rebuilds the same corpus.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Beside the checkout (/work/main → /work/.mirror); a worktree under /work/wt/ looks one level up too. */
export const MIRRORS_DIR = path.resolve(
  process.env.TIFA_MIRRORS ??
    [path.join(PROJECT, '../.mirror'), path.join(PROJECT, '../../.mirror')].find(existsSync) ??
    path.join(PROJECT, '../.mirror'),
);

export function mirrorGitDir(repo: string): string {
  return path.join(MIRRORS_DIR, repo.replace('/', '+'), 'repo');
}

export function hasMirror(repo: string): boolean {
  return existsSync(mirrorGitDir(repo));
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', mirrorGitDir(repo), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A file of a mirrored repository at a commit (git show), as UTF-8 text. */
export function readMirrorFile(repo: string, commit: string, file: string): string {
  return git(repo, ['show', `${commit}:${file}`]);
}

/** The paths of a commit's tree under a folder (names only: listing reads no file). */
export function listMirrorFiles(repo: string, commit: string, folder: string): string[] {
  return git(repo, ['ls-tree', '-r', '--name-only', commit, '--', folder]).split('\n').filter(Boolean);
}

/** The commits up to `head` that changed `file`, oldest first, with their commit time (ISO). */
export function commitsTouching(repo: string, head: string, file: string): { commit: string; time: string }[] {
  return git(repo, ['log', '--reverse', '--format=%H %cI', head, '--', file])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, time] = line.split(' ');
      return { commit: commit!, time: time! };
    });
}

/**
 * Many files at once through one `git cat-file --batch` (one process per 2,000 files rather than
 * one per file: 46,000 articles read in seconds, not minutes). Specs are "commit:path".
 */
export function* readMirrorFiles(repo: string, specs: readonly string[]): Generator<[spec: string, text: string]> {
  for (let from = 0; from < specs.length; from += 2000) {
    const batch = specs.slice(from, from + 2000);
    const run = spawnSync('git', ['--git-dir', mirrorGitDir(repo), 'cat-file', '--batch'], {
      input: batch.join('\n') + '\n',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`git cat-file failed in ${repo}: ${run.stderr.toString()}`);
    const out = run.stdout;
    let at = 0;
    for (const spec of batch) {
      const eol = out.indexOf(10, at);
      const header = out.toString('utf8', at, eol).split(' ');
      if (header[1] === 'missing') throw new Error(`${repo} has no ${spec}`);
      const size = Number(header[2]);
      yield [spec, out.toString('utf8', eol + 1, eol + 1 + size)];
      at = eol + 1 + size + 1;
    }
  }
}
