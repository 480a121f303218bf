import { afterEach, describe, expect, it } from 'vitest';
import { ChangeSourceError } from '../../../src/adapters/change-source/change-source-error.js';
import { loadGitChange } from '../../../src/adapters/change-source/load-git-change.js';
import { makeScratch } from './make-repo.js';

const scratches: ReturnType<typeof makeScratch>[] = [];
afterEach(() => scratches.splice(0).forEach((scratch) => scratch.cleanup()));

function scratch() {
  const made = makeScratch();
  scratches.push(made);
  return made;
}

/** main: the base; feature: a branch off it with a change, then main moves on (so `main...HEAD` matters). */
function makeRepo() {
  const repo = scratch();
  repo.init();
  repo.write('src/app.py', 'import os\n\ndef run(cmd):\n    return cmd\n');
  repo.write('docs/old name.md', '# Title\n\nbody\n');
  repo.write('gone.rb', 'puts 1\n');
  repo.write('img.png', Buffer.from([0x89, 0x50, 0, 1]));
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/app.py', 'import os\n\ndef run(cmd):\n    return os.system(cmd)\n');
  repo.remove('docs/old name.md');
  repo.write('docs/new näme.md', '# Title\n\nbody\n');
  repo.remove('gone.rb');
  repo.write('img.png', Buffer.from([0x89, 0x50, 0, 2]));
  repo.write('web/page.js', 'document.write(location.hash);\n');
  repo.commit('feature');
  repo.git('checkout', '-q', 'main');
  repo.write('unrelated.txt', 'on main after the branch\n');
  repo.commit('main moves on');
  repo.git('checkout', '-q', 'feature');
  return repo;
}

describe('loadGitChange', () => {
  it('loads base...HEAD with new contents from HEAD, binary files skipped, deletions unlisted', async () => {
    const repo = makeRepo();
    repo.write('src/app.py', 'uncommitted edits are not part of the review\n');
    const change = await loadGitChange({ base: 'main', root: repo.dir });
    expect(change.changeSet.files.map((file) => [file.status, file.oldPath, file.newPath])).toEqual([
      ['renamed', 'docs/old name.md', 'docs/new näme.md'],
      ['deleted', 'gone.rb', null],
      ['modified', 'img.png', 'img.png'],
      ['modified', 'src/app.py', 'src/app.py'],
      ['added', null, 'web/page.js'],
    ]);
    expect(change.files).toEqual([
      { path: 'docs/new näme.md', content: '# Title\n\nbody\n', language: null },
      { path: 'src/app.py', content: 'import os\n\ndef run(cmd):\n    return os.system(cmd)\n', language: 'python' },
      { path: 'web/page.js', content: 'document.write(location.hash);\n', language: 'javascript' },
    ]);
    expect(change.skipped).toEqual([{ path: 'img.png', reason: 'binary' }]);
  });

  it('works from a subdirectory of the repository and with a commit id as the base', async () => {
    const repo = makeRepo();
    const base = repo.git('merge-base', 'main', 'HEAD').trim();
    const change = await loadGitChange({ base, root: `${repo.dir}/src` });
    expect(change.files.map((file) => file.path)).toEqual(['docs/new näme.md', 'src/app.py', 'web/page.js']);
  });

  it('gives an empty change when HEAD is the base', async () => {
    const repo = makeRepo();
    expect(await loadGitChange({ base: 'HEAD', root: repo.dir })).toEqual({ changeSet: { files: [] }, files: [], skipped: [] });
  });

  it('rejects a bad ref with one clear line', async () => {
    const repo = makeRepo();
    await expect(loadGitChange({ base: 'no-such-branch', root: repo.dir })).rejects.toThrow(new ChangeSourceError(`indict: unknown git ref "no-such-branch" in ${repo.dir}`));
    await expect(loadGitChange({ base: '--output=/tmp/x', root: repo.dir })).rejects.toThrow('indict: bad git ref "--output=/tmp/x"');
  });

  it('rejects a directory that is not a repository, or does not exist', async () => {
    const plain = scratch();
    await expect(loadGitChange({ base: 'main', root: plain.dir })).rejects.toThrow(ChangeSourceError);
    await expect(loadGitChange({ base: 'main', root: plain.dir })).rejects.toThrow(/is not a git repository \(fatal: not a git repository/);
    await expect(loadGitChange({ base: 'main', root: `${plain.dir}/missing` })).rejects.toThrow(/does not exist/);
  });

  it('rejects a repository without commits and unrelated histories', async () => {
    const empty = scratch();
    empty.init();
    await expect(loadGitChange({ base: 'main', root: empty.dir })).rejects.toThrow(/has no commit yet/);
    const repo = makeRepo();
    repo.git('checkout', '-q', '--orphan', 'other');
    repo.commit('unrelated root');
    await expect(loadGitChange({ base: 'main', root: repo.dir })).rejects.toThrow(/git diff main\.\.\.HEAD failed: fatal: .*no merge base/);
  });
});
