import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath } from '../../../../src/adapters/analyzers/semgrep/find-on-path.js';

const dir = mkdtempSync(join(tmpdir(), 'indict-path-'));
const tool = join(dir, 'tool');
writeFileSync(tool, '#!/bin/sh\n');
chmodSync(tool, 0o755);
writeFileSync(join(dir, 'plain'), 'not executable');
mkdirSync(join(dir, 'folder'));
chmodSync(join(dir, 'folder'), 0o755);

describe('findOnPath', () => {
  it.each([
    ['an executable in a PATH directory', 'tool', `/nonexistent-dir${delimiter}${dir}`, true],
    ['a file that is not executable', 'plain', dir, false],
    ['a directory', 'folder', dir, false],
    ['a name on no PATH directory', 'tool', '/nonexistent-dir', false],
    ['an empty PATH', 'tool', '', false],
    ['a path, checked as given', tool, '', true],
    ['a missing path', join(dir, 'nope'), dir, false],
  ])('%s', async (_name, bin, path, expected) => {
    expect(await findOnPath(bin, path)).toBe(expected);
  });
});
