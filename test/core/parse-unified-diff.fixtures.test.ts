import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyDiff, contentFromDiff } from '../../src/core/content-from-diff.js';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';
import { summarizeChangeSet } from './summarize-change-set.js';

// Fixtures come from scripts/generate-diff-fixtures.mjs (real git and GNU diff over the trees in cases/).
const fixtures = fileURLToPath(new URL('../../fixtures/diffs/', import.meta.url));
const cases = readdirSync(join(fixtures, 'cases')).sort();
const formats = ['git', 'git-binary', 'gnu'] as const;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile()).sort();
}

const read = (file: string | null) => (file !== null && existsSync(file) ? readFileSync(file) : null);

describe('diff fixtures', () => {
  it('cover every case the brief names', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'added', 'binary', 'crlf', 'deleted', 'empty-added', 'mode-change', 'modified', 'multi-file', 'multi-hunk',
      'no-newline-both', 'no-newline-new', 'no-newline-old', 'non-ascii-path', 'one-line', 'path-with-spaces', 'renamed', 'renamed-modified',
    ]));
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    const oldDir = join(fixtures, 'cases', name, 'old');
    const newDir = join(fixtures, 'cases', name, 'new');
    for (const format of formats) {
      const diffFile = join(fixtures, `${name}.${format}.diff`);
      if (!existsSync(diffFile)) continue;
      describe(`${name}.${format}.diff`, () => {
        const changeSet = parseUnifiedDiff(readFileSync(diffFile, 'utf8'));

        it('matches the golden summary', () => {
          const golden = expected[format === 'git-binary' ? 'git' : format];
          expect(summarizeChangeSet(changeSet, { modes: format !== 'gnu' })).toEqual(golden);
        });

        it('rebuilds every new file byte for byte from the old tree', () => {
          const touched = new Set<string>();
          for (const file of changeSet.files) {
            const before = read(file.oldPath && join(oldDir, file.oldPath));
            const after = read(file.newPath && join(newDir, file.newPath));
            if (file.oldPath) touched.add(file.oldPath);
            if (file.newPath) touched.add(file.newPath);
            if (file.binary) {
              expect(before?.equals(after ?? Buffer.alloc(0))).not.toBe(true);
              continue;
            }
            const result = applyDiff(before?.toString('utf8') ?? '', file);
            if (file.status === 'deleted') expect(result).toBe('');
            else expect(Buffer.from(result, 'utf8').equals(after!), `${file.newPath}`).toBe(true);
            if (file.status === 'added') expect(contentFromDiff(file)).toBe(result);
          }
          // Files the diff does not mention are the same on both sides (GNU diff -N skips an added empty file).
          for (const path of new Set([...listFiles(oldDir), ...listFiles(newDir)])) {
            if (touched.has(path)) continue;
            expect((read(join(oldDir, path)) ?? Buffer.alloc(0)).equals(read(join(newDir, path)) ?? Buffer.alloc(0)), path).toBe(true);
          }
        });
      });
    }
  }
});
