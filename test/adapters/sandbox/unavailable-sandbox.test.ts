import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestSandbox } from './create-test-sandbox.js';

describe('bubblewrap sandbox: unavailable', () => {
  const sandbox = createTestSandbox({ bwrapPath: '/nonexistent/bwrap' });

  it('says why and runs nothing outside the sandbox', async () => {
    const marker = join(tmpdir(), `indict-unsandboxed-${randomUUID()}`);
    const code = `open(${JSON.stringify(marker)}, "w").write("ran")`;
    expect(await sandbox.available()).toEqual({ ok: false, reason: expect.stringContaining('bubblewrap not found (/nonexistent/bwrap)') });
    expect(await sandbox.run({ language: 'python', code })).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('bubblewrap not found') });
    expect(await sandbox.check({ language: 'python', code })).toMatchObject({ kind: 'unavailable' });
    expect(await sandbox.run({ language: 'javascript', code: `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")` })).toMatchObject({ kind: 'unavailable' });
    expect(existsSync(marker)).toBe(false);
  });

  it('is unavailable when bwrap exists but cannot start a sandbox', async () => {
    const broken = createTestSandbox({ bwrapPath: '/bin/false' });
    expect(await broken.available()).toEqual({ ok: false, reason: expect.stringContaining('bubblewrap cannot start a sandbox here') });
    expect(await broken.run({ language: 'python', code: 'print(1)' })).toMatchObject({ kind: 'unavailable' });
  });
});
