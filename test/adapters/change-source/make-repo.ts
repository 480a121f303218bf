import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' };

/** A scratch directory with helpers to write files and drive a real git repository in it. */
export function makeScratch(prefix = 'indict-change-source-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
  return {
    dir,
    git,
    write(path: string, content: string | Buffer, mode?: number) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
      if (mode !== undefined) chmodSync(join(dir, path), mode);
    },
    link(path: string, target: string) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    },
    remove(path: string) {
      rmSync(join(dir, path), { recursive: true, force: true });
    },
    init() {
      git('init', '-q', '-b', 'main');
    },
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
