import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeSourceError } from '../../../src/adapters/change-source/change-source-error.js';
import { loadPatch } from '../../../src/adapters/change-source/load-patch.js';
import { DiffParseError } from '../../../src/core/diff-parse-error.js';
import { UnsafePathError } from '../../../src/core/safe-path.js';
import { makeScratch } from './make-repo.js';

const scratches: ReturnType<typeof makeScratch>[] = [];
afterEach(() => scratches.splice(0).forEach((scratch) => scratch.cleanup()));

/** A real repository with a base commit and a change; returns the change as `git diff` text and the tree. */
function makeChange() {
  const repo = makeScratch();
  scratches.push(repo);
  repo.init();
  repo.write('app.py', 'import os\n\ndef run(cmd):\n    return cmd\n');
  repo.write('old.txt', 'gone soon\n');
  repo.write('name.go', 'package main\n\nfunc main() {}\n');
  repo.write('logo.png', Buffer.from([0x89, 0x50, 0, 1, 2, 3]));
  repo.commit('base');
  repo.write('app.py', 'import os\n\ndef run(cmd):\n    return os.system(cmd)\n');
  repo.remove('old.txt');
  repo.remove('name.go');
  repo.write('renamed.go', 'package main\n\nfunc main() {}\n');
  repo.write('web/new.js', 'eval(location.hash)\r\nmodule.exports = 1;');
  repo.write('logo.png', Buffer.from([0x89, 0x50, 0, 9, 9, 9]));
  repo.git('add', '-A');
  const text = repo.git('diff', '--cached', '-M');
  return { repo, text };
}

describe('loadPatch', () => {
  it('reads new contents from the root and lists binary files as skipped', async () => {
    const { repo, text } = makeChange();
    const change = await loadPatch({ diffText: text, root: repo.dir });
    expect(change.changeSet.files.map((file) => [file.status, file.newPath])).toEqual([
      ['modified', 'app.py'], ['modified', 'logo.png'], ['deleted', null], ['renamed', 'renamed.go'], ['added', 'web/new.js'],
    ]);
    expect(change.files).toEqual([
      { path: 'app.py', content: 'import os\n\ndef run(cmd):\n    return os.system(cmd)\n', language: 'python' },
      { path: 'renamed.go', content: 'package main\n\nfunc main() {}\n', language: 'go' },
      { path: 'web/new.js', content: 'eval(location.hash)\r\nmodule.exports = 1;', language: 'javascript' },
    ]);
    expect(change.skipped).toEqual([{ path: 'logo.png', reason: 'binary' }]);
  });

  it('reads the diff from a file, from stdin as a stream, or from stdin as a string', async () => {
    const { repo, text } = makeChange();
    repo.write('change.diff', text);
    const fromFile = await loadPatch({ diff: `${repo.dir}/change.diff`, root: repo.dir });
    const fromStream = await loadPatch({ diff: '-', stdin: Readable.from([Buffer.from(text)]), root: repo.dir });
    const fromString = await loadPatch({ diff: '-', stdin: text, root: repo.dir });
    expect(fromStream).toEqual(fromFile);
    expect(fromString).toEqual(fromFile);
  });

  it('rebuilds an added file from the diff when the root does not have it', async () => {
    const { repo, text } = makeChange();
    repo.remove('web');
    const change = await loadPatch({ diffText: text, root: repo.dir });
    expect(change.files.find((file) => file.path === 'web/new.js')?.content).toBe('eval(location.hash)\r\nmodule.exports = 1;');
  });

  it('fails with one line when a modified file is missing under the root', async () => {
    const { repo, text } = makeChange();
    repo.remove('app.py');
    await expect(loadPatch({ diffText: text, root: repo.dir })).rejects.toThrow(new ChangeSourceError(`indict: app.py is modified in the diff but missing under ${repo.dir}`));
  });

  it('fails when the root holds the old tree instead of the new one', async () => {
    const { repo, text } = makeChange();
    repo.write('app.py', 'import os\n\ndef run(cmd):\n    return cmd\n');
    await expect(loadPatch({ diffText: text, root: repo.dir })).rejects.toThrow(/app.py under .* differs from the diff's new side at line 4/);
  });

  it('refuses paths that escape the root, in the diff or through a symbolic link', async () => {
    const { repo } = makeChange();
    const hostile = '--- a/x\n+++ b/../../etc/passwd\n@@ -1 +1 @@\n-a\n+b\n';
    await expect(loadPatch({ diffText: hostile, root: repo.dir })).rejects.toBeInstanceOf(UnsafePathError);
    repo.link('outside', '/etc');
    const viaLink = 'diff --git a/outside/hostname b/outside/hostname\n--- a/outside/hostname\n+++ b/outside/hostname\n@@ -1 +1 @@\n-a\n+b\n';
    await expect(loadPatch({ diffText: viaLink, root: repo.dir })).rejects.toThrow(/outside the root through a symbolic link/);
  });

  it('reports unreadable input and bad diffs as typed one-line errors', async () => {
    const { repo } = makeChange();
    await expect(loadPatch({ diff: `${repo.dir}/nope.diff`, root: repo.dir })).rejects.toThrow(new ChangeSourceError(`indict: cannot read diff ${repo.dir}/nope.diff: no such file`));
    await expect(loadPatch({ diff: repo.dir, root: repo.dir })).rejects.toThrow(/is a directory/);
    await expect(loadPatch({ diffText: 'not a diff\n', root: repo.dir })).rejects.toBeInstanceOf(DiffParseError);
    await expect(loadPatch({ diffText: '--- a/app.py\n+++ b/app.py\n@@ -1 +1 @@\n-a\n', root: repo.dir })).rejects.toThrow('hunk says 1 new line, found 0');
  });

  it('gives an empty change for an empty diff, whatever the root', async () => {
    expect(await loadPatch({ diffText: '', root: '/nonexistent' })).toEqual({ changeSet: { files: [] }, files: [], skipped: [] });
  });

  it('skips symlinks and submodules', async () => {
    const { repo } = makeChange();
    const diff = [
      'diff --git a/link b/link', 'new file mode 120000', 'index 0000000..1', '--- /dev/null', '+++ b/link', '@@ -0,0 +1 @@', '+app.py', '\\ No newline at end of file',
      'diff --git a/vendor/lib b/vendor/lib', 'new file mode 160000', 'index 0000000..2', '--- /dev/null', '+++ b/vendor/lib', '@@ -0,0 +1 @@', '+Subproject commit 2',
      '',
    ].join('\n');
    const change = await loadPatch({ diffText: diff, root: repo.dir });
    expect(change.files).toEqual([]);
    expect(change.skipped).toEqual([{ path: 'link', reason: 'symlink' }, { path: 'vendor/lib', reason: 'submodule' }]);
  });
});
