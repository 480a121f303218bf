import { ChangeSourceError } from './change-source-error.js';

/**
 * Reads many blobs in one `git cat-file --batch` (object names like "HEAD:src/app.py"), as UTF-8 text.
 * A name git cannot resolve is a typed error.
 */
export async function readGitBlobs(cwd: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const { execa } = await import('execa'); // loaded on first use: most reviews never spawn
  const result = await execa('git', ['cat-file', '--batch'], {
    cwd, input: `${names.join('\n')}\n`, encoding: 'buffer', reject: false, maxBuffer: 1024 * 1024 * 1024, env: { LC_ALL: 'C' },
  });
  if (result.failed) throw new ChangeSourceError(`indict: git cat-file failed: ${Buffer.from(result.stderr).toString('utf8').trim().split('\n')[0]}`);
  const out = Buffer.from(result.stdout);
  const blobs: string[] = [];
  let at = 0;
  for (const name of names) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end < 0 ? out.length : end).toString('utf8');
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) throw new ChangeSourceError(`indict: git cannot read ${name} (${header || 'no answer'})`);
    const size = Number(match[1]);
    blobs.push(out.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
  }
  return blobs;
}
