import { describe, expect, it } from 'vitest';
import { buildBwrapArgv } from '../../../src/adapters/sandbox/build-bwrap-argv.js';
import { buildInnerScript, quoteShell } from '../../../src/adapters/sandbox/build-inner-script.js';
import { buildLimitArgv } from '../../../src/adapters/sandbox/build-limit-argv.js';
import { buildSeccompFilter } from '../../../src/adapters/sandbox/build-seccomp-filter.js';
import { createOutputCapture } from '../../../src/adapters/sandbox/capture-output.js';
import { classifyOutcome } from '../../../src/adapters/sandbox/classify-outcome.js';
import { DEFAULT_LIMITS } from '../../../src/adapters/sandbox/sandbox-options.js';
import type { SpawnOutcome } from '../../../src/adapters/sandbox/spawn-sandboxed.js';
import { findInvalidFilePath } from '../../../src/adapters/sandbox/validate-file-paths.js';

const outcome = (over: Partial<SpawnOutcome>): SpawnOutcome => ({
  code: 0, signal: null, timedOut: false, status: 'c', stdout: '', stderr: '', truncated: false, durationMs: 10, tasksAtKill: 0, spawnError: null, ...over,
});
const noEvents = { oomKilled: false, pidsMaxHit: false };

describe('sandbox pieces', () => {
  it('keeps the first bytes of output and marks what it dropped', () => {
    const capture = createOutputCapture(5);
    capture.push(Buffer.from('abc'));
    capture.push(Buffer.from('defgh'));
    capture.push(Buffer.from('ij'));
    expect(capture.truncated).toBe(true);
    expect(capture.text()).toBe('abcde\n[indict: output truncated at 5 bytes; 5 more bytes dropped]\n');
  });

  it('classifies timeouts, limits, signals and plain exits', () => {
    const limits = DEFAULT_LIMITS;
    expect(classifyOutcome(outcome({ timedOut: true, code: null, signal: 'SIGKILL' }), limits, noEvents, 'run')).toMatchObject({ kind: 'timeout' });
    expect(classifyOutcome(outcome({ timedOut: true, tasksAtKill: 60 }), limits, noEvents, 'run')).toMatchObject({ kind: 'limit', limit: 'processes' });
    expect(classifyOutcome(outcome({ code: 152 }), limits, noEvents, 'run')).toMatchObject({ kind: 'limit', limit: 'cpu' });
    expect(classifyOutcome(outcome({ code: 153 }), limits, noEvents, 'run')).toMatchObject({ kind: 'limit', limit: 'file-size' });
    expect(classifyOutcome(outcome({ code: 137 }), limits, { oomKilled: true, pidsMaxHit: false }, 'run')).toMatchObject({ kind: 'limit', limit: 'memory', evidence: 'cgroup OOM kill' });
    expect(classifyOutcome(outcome({ code: 1, stderr: 'Traceback…\nMemoryError\n' }), limits, noEvents, 'run')).toMatchObject({ kind: 'limit', limit: 'memory' });
    expect(classifyOutcome(outcome({ code: 0, stderr: 'MemoryError\n' }), limits, noEvents, 'run')).toMatchObject({ kind: 'exited', code: 0 });
    expect(classifyOutcome(outcome({ code: 139 }), limits, noEvents, 'run')).toMatchObject({ kind: 'exited', code: null, signal: 'SIGSEGV' });
    expect(classifyOutcome(outcome({ code: 1, status: '' }), limits, noEvents, 'compile')).toMatchObject({ kind: 'exited', stage: 'compile', code: 1 });
  });

  it('builds a bwrap command line that isolates everything and exposes no home', () => {
    const argv = buildBwrapArgv({ setprivPath: '/usr/bin/setpriv', bwrapPath: '/usr/bin/bwrap', uid: 65534, gid: 65534, workDirBytes: 1024, mounts: [], staged: [], files: ['main.py', 'd/x.txt'], seccomp: true, env: {}, command: ['/bin/true'] });
    expect(argv.slice(0, 8)).toEqual(['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--no-new-privs', '--inh-caps=-all', '--', '/usr/bin/bwrap']);
    for (const flag of ['--unshare-all', '--unshare-user', '--disable-userns', '--die-with-parent', '--new-session', '--clearenv']) expect(argv).toContain(flag);
    expect(argv.join(' ')).toContain('--add-seccomp-fd 4 --');
    expect(argv.join(' ')).toContain('--perms 0644 --file 5 /work/main.py --dir /work/d --perms 0644 --file 6 /work/d/x.txt');
    expect(argv.filter((a) => /^\/(root|home)\b/.test(a) || a === '/etc' || a === '/')).toEqual(['/']); // only in --remount-ro /
  });

  it('limits each step with prlimit; heap-capped runtimes get an address-space backstop', () => {
    const run = buildLimitArgv('/usr/bin/prlimit', DEFAULT_LIMITS, { kind: 'run', argv: ['python3', 'main.py'], memory: 'address-space' });
    expect(run).toEqual(['/usr/bin/prlimit', '--cpu=5:6', '--nproc=64', `--fsize=${16 * 2 ** 20}`, '--nofile=256', '--core=0', `--as=${512 * 2 ** 20}`, '--', 'python3', 'main.py']);
    const node = buildLimitArgv('/usr/bin/prlimit', DEFAULT_LIMITS, { kind: 'run', argv: ['node'], memory: 'heap-flag' });
    expect(node).toContain(`--as=${1536 * 2 ** 20}`);
  });

  it('quotes the inner script and reports the compile stage before the snippet starts', () => {
    expect(quoteShell("it's")).toBe(`'it'\\''s'`);
    expect(buildInnerScript(['cc', 'a b.c'], ['./main'])).toBe(`'cc' 'a b.c' || exit $?\nprintf c >&3; exec 3>&-\nexec './main' "$@"\n`);
  });

  it('builds a seccomp program for x64 and arm64 only', () => {
    const filter = buildSeccompFilter('x64')!;
    expect(filter.length % 8).toBe(0);
    expect(filter.readUInt32LE(12)).toBe(0xc000003e);
    expect(filter.readUInt32LE(filter.length - 4)).toBe(0x00050001); // last instruction: EPERM
    expect(buildSeccompFilter('arm64')).not.toBeNull();
    expect(buildSeccompFilter('riscv64')).toBeNull();
  });

  it('rejects extra file paths that could leave the work dir', () => {
    expect(findInvalidFilePath(['a.txt', 'd/b.txt'])).toBeNull();
    for (const bad of ['/etc/x', '../x', 'd/../../x', 'd//x', '']) expect(findInvalidFilePath([bad])).toBe(bad);
  });
});

describe('sandbox run request schema', () => {
  it('accepts a tool-call request and rejects escaping paths and unknown keys', async () => {
    const { SandboxRunRequestSchema } = await import('../../../src/ports/sandbox-request.schema.js');
    expect(SandboxRunRequestSchema.safeParse({ language: 'python', code: 'print(1)', files: { 'd/a.txt': 'x' }, limits: { wallTimeMs: 2000 } }).success).toBe(true);
    expect(SandboxRunRequestSchema.safeParse({ language: 'python', code: '', files: { '../a': 'x' } }).success).toBe(false);
    expect(SandboxRunRequestSchema.safeParse({ language: 'cobol', code: '' }).success).toBe(false);
    expect(SandboxRunRequestSchema.safeParse({ language: 'python', code: '', limits: { wallTimeMs: 10 ** 9 } }).success).toBe(false);
  });
});
