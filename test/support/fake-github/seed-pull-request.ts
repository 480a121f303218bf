import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeFile, FakeGitHubState, FakePull } from './fake-github-state.js';

export interface SeedFile {
  path: string;
  content: string;
  /** Content at the base; absent for an added file. */
  old?: string;
  /** Leave the patch out (binary, or a diff GitHub will not show). */
  noPatch?: boolean;
}

/** The hunks of `git diff --no-index` between two texts: the `patch` field GitHub gives for a file. */
export function makePatch(old: string, content: string, context = 3): string {
  const dir = mkdtempSync(join(tmpdir(), 'indict-patch-'));
  try {
    writeFileSync(join(dir, 'old'), old);
    writeFileSync(join(dir, 'new'), content);
    let out = '';
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', `--unified=${context}`, 'old', 'new'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    return out.slice(out.indexOf('@@')).replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const count = (patch: string, mark: string) => patch.split('\n').filter((l) => l.startsWith(mark) && !l.startsWith(`${mark}${mark}${mark}`)).length;

/**
 * Puts (or replaces) a pull request with these files at `headSha` into the fake's state. A new head of an
 * existing pull request descends from the previous one (a push), unless `forcePush` rewrote the branch.
 */
export function seedPullRequest(state: FakeGitHubState, pull: Partial<FakePull> & { number: number; headSha: string }, files: readonly SeedFile[], options: { forcePush?: boolean } = {}): FakePull {
  const previous = state.pulls.get(pull.number)?.headSha;
  if (previous && previous !== pull.headSha && !options.forcePush) state.parentOf.set(pull.headSha, previous);
  const fakeFiles: FakeFile[] = files.map((file) => {
    state.contents.set(`${pull.headSha}:${file.path}`, file.content);
    const status = file.old === undefined ? 'added' : 'modified';
    if (file.noPatch) return { filename: file.path, status, additions: file.content.split('\n').length, deletions: 0 };
    const patch = makePatch(file.old ?? '', file.content);
    return { filename: file.path, status, patch, additions: count(patch, '+'), deletions: count(patch, '-') };
  });
  const full: FakePull = {
    title: 'Add endpoints', body: 'New endpoints', user: 'alice', draft: false, baseSha: 'b'.repeat(40), headRef: 'feature',
    headRepo: `${state.owner}/${state.repo}`, maintainerCanModify: false, ...pull, files: fakeFiles,
  };
  state.pulls.set(pull.number, full);
  return full;
}
