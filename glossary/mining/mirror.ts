/**
 * Public archives the mining works on, read from git mirrors (the layout the project's `fetch`
 * tool gives: <TIFA_MIRRORS>/<owner>+<name>/repo, a bare git directory). Nothing here is
 * committed text: a file is read at the commit the manifest records, so anyone with the same
 * mirrors rebuilds the same corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MIRRORS_DIR = path.resolve(process.env.TIFA_MIRRORS ?? path.join(PROJECT, '../.mirror'));

export function mirrorGitDir(repo: string): string {
  return path.join(MIRRORS_DIR, repo.replace('/', '+'), 'repo');
}

export function hasMirror(repo: string): boolean {
  return existsSync(mirrorGitDir(repo));
}

/** A file of a mirrored repository at a commit (git show), as UTF-8 text. */
export function readMirrorFile(repo: string, commit: string, file: string): string {
  return execFileSync('git', ['--git-dir', mirrorGitDir(repo), 'show', `${commit}:${file}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
