import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestSandbox, describeSandbox, expectExited } from './create-test-sandbox.js';

const MiB = 1024 * 1024;
const sandbox = createTestSandbox({ limits: { wallTimeMs: 8000 } });
const python = (code: string, limits = {}) => sandbox.run({ language: 'python', code, limits });
const lines = (stdout: string) => stdout.trim().split('\n');

function hostProcessesMatching(token: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(token);
    } catch {
      return false;
    }
  }).map(Number);
}

describeSandbox('bubblewrap sandbox: hostile snippets are contained', () => {
  const server = createServer((socket) => socket.end('pwned'));
  let port = 0;
  let connections = 0;
  server.on('connection', () => (connections += 1));
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), resolve()))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.concurrent('cannot connect to a TCP server on the host loopback; only lo exists', async () => {
    const r = expectExited(await python(`import socket\nprint(socket.if_nameindex())\ns = socket.socket()\ntry:\n    s.connect(("127.0.0.1", ${port})); print("connected", s.recv(10))\nexcept OSError as e:\n    print("error", e.errno)`));
    expect(lines(r.stdout)).toEqual(["[(1, 'lo')]", 'error 111']); // ECONNREFUSED: a private, empty network namespace
    expect(connections).toBe(0);
  });

  it.concurrent('cannot resolve a host name', async () => {
    const r = expectExited(await python(`import socket\ntry:\n    print(socket.getaddrinfo("example.com", 443))\nexcept socket.gaierror as e:\n    print("gaierror", e.errno)`));
    expect(r.stdout.trim()).toBe('gaierror -3'); // EAI_AGAIN: no resolv.conf, nothing listening on lo:53
  });

  it.concurrent('sees neither /root, the home dirs, /etc/shadow nor /etc/passwd', async () => {
    const r = expectExited(await python(`import os\nfor p in ["/root", "/home", "/etc/shadow", "/etc/passwd", "/etc/resolv.conf"]:\n    print(p, os.path.lexists(p))\nprint(sorted(os.listdir("/etc")))`));
    expect(lines(r.stdout)).toEqual(['/root False', '/home False', '/etc/shadow False', '/etc/passwd False', '/etc/resolv.conf False', expect.stringMatching(/^\['ld\.so\.cache'/)]);
  });

  it.concurrent("does not inherit the parent's environment (a secret set by the test)", async () => {
    process.env.INDICT_SANDBOX_TEST_SECRET = 'hunter2';
    const r = expectExited(await python(`import os\nprint(os.environ.get("INDICT_SANDBOX_TEST_SECRET"))\nprint(sorted(os.environ))\nfor pid in os.listdir("/proc"):\n    if pid.isdigit():\n        try:\n            print(b"hunter2" in open(f"/proc/{pid}/environ", "rb").read())\n        except OSError as e:\n            print("err", e.errno)`));
    const [secret, keys, ...environs] = lines(r.stdout);
    expect(secret).toBe('None');
    expect(keys).toBe("['HOME', 'LANG', 'PATH', 'PWD', 'TMPDIR']");
    expect(environs.every((l) => l === 'False' || l === 'err 13')).toBe(true);
  });

  it.concurrent('cannot write outside the work dir and the capped tmpfs dirs', async () => {
    const token = randomUUID();
    const r = expectExited(await python(`for p in ["/usr/${token}", "/etc/${token}", "/${token}", "/dev/${token}", "/proc/${token}", "/tmp/x", "/dev/shm/x", "/work/x"]:\n    try:\n        open(p, "w").write("x"); print("ok")\n    except OSError as e:\n        print(e.errno)`));
    expect(lines(r.stdout)).toEqual(['30', '30', '30', '30', '2', 'ok', 'ok', 'ok']); // EROFS ×4, ENOENT, then the tmpfs dirs
    expect(existsSync(`/usr/${token}`) || existsSync(`/etc/${token}`) || existsSync(`/${token}`)).toBe(false);
  });

  it.concurrent('a symlink from the work dir to /etc reaches no host file, and nothing through it is writable', async () => {
    const token = randomUUID();
    const r = expectExited(await python(`import os\nos.symlink("/etc", "/work/etc")\nprint(os.path.exists("/work/etc/shadow"), os.path.exists("/work/etc/passwd"))\nfor p in ["/work/etc/ld.so.cache", "/work/etc/${token}"]:\n    try:\n        open(p, "a").write("x"); print("written")\n    except OSError as e:\n        print(e.errno)`));
    expect(lines(r.stdout)).toEqual(['False False', '13', '30']); // host-root file: EACCES; new file: EROFS
    expect(existsSync(`/etc/${token}`)).toBe(false);
  });

  it.concurrent('cannot unshare, mount, ptrace or clone a user namespace; holds no capabilities', async () => {
    const r = expectExited(await python(`import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\ndef errno(rc):\n    return ctypes.get_errno() if rc == -1 else "rc=%d" % rc\nprint("unshare", errno(libc.unshare(0x10000000)))\nprint("mount", errno(libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)))\nprint("ptrace-attach", errno(libc.ptrace(16, 1, 0, 0)))\nprint("ptrace-traceme", errno(libc.ptrace(0, 0, 0, 0)))\nrc = libc.syscall(56, 0x10000000 | 17, 0, 0, 0, 0)\nif rc == 0:\n    os._exit(0)\nprint("clone-newuser", errno(rc))\nprint(sorted(l.split()[1] for l in open("/proc/self/status") if l.startswith(("Cap", "NoNewPrivs", "Seccomp:"))))`));
    expect(lines(r.stdout)).toEqual([
      'unshare 1', 'mount 1', 'ptrace-attach 1', 'ptrace-traceme 1', // EPERM from the seccomp filter
      'clone-newuser 28', // ENOSPC: bwrap --disable-userns (clone is not filtered)
      "['0000000000000000', '0000000000000000', '0000000000000000', '0000000000000000', '0000000000000000', '1', '2']",
    ]);
  });

  it.concurrent('without the seccomp layer, user namespaces and mounts are still refused', async () => {
    const bare = createTestSandbox({ seccomp: false });
    const r = expectExited(await bare.run({ language: 'python', code: `import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nprint(libc.unshare(0x10000000), ctypes.get_errno())\nprint(libc.mount(b"none", b"/tmp", b"tmpfs", 0, None), ctypes.get_errno())` }));
    expect(lines(r.stdout)).toEqual(['-1 28', '-1 1']); // ENOSPC (--disable-userns), EPERM (no capabilities)
  });

  it.concurrent('a fork bomb hits the process limit', async () => {
    const r = await python('import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass', { wallTimeMs: 2500, processes: 32 });
    expect(r).toMatchObject({ kind: 'limit', limit: 'processes' });
  });

  it.concurrent('a memory bomb hits the memory limit', async () => {
    const r = await python('s = "x"\nwhile True:\n    s = s * 2', { memoryBytes: 64 * MiB });
    expect(r).toMatchObject({ kind: 'limit', limit: 'memory' });
  });

  it.concurrent.each(['auto', 'off'] as const)('a memory bomb of Node Buffers hits the memory cap (cgroup %s)', async (cgroup) => {
    const node = createTestSandbox({ cgroup, limits: { wallTimeMs: 15_000, memoryBytes: 64 * MiB, totalMemoryBytes: 96 * MiB } });
    const r = await node.run({ language: 'javascript', code: 'const a = [];\nfor (;;) a.push(Buffer.alloc(8 * 1024 * 1024, 1));' });
    expect(r).toMatchObject({ kind: 'limit', limit: 'memory' }); // cgroup OOM kill, or the RLIMIT_AS backstop
  });

  it.concurrent('an infinite loop with a child process times out and the whole tree is killed', async () => {
    const token = `1${Date.now() % 100000}.25`;
    const r = await python(`import subprocess\nsubprocess.Popen(["/usr/bin/sleep", "${token}"])\nwhile True:\n    pass`, { wallTimeMs: 1500 });
    expect(r).toMatchObject({ kind: 'timeout', wallTimeMs: 1500 });
    expect(hostProcessesMatching(`sleep\0${token}`)).toEqual([]);
  });

  it.concurrent('a busy loop is stopped by the CPU limit when the wall clock is longer', async () => {
    const r = await python('while True:\n    pass', { cpuSeconds: 1, wallTimeMs: 6000 });
    expect(r).toMatchObject({ kind: 'limit', limit: 'cpu', evidence: 'SIGXCPU (RLIMIT_CPU)' });
  });

  it.concurrent('10 MB of output is truncated with a marker', async () => {
    const r = expectExited(await python('import sys\nsys.stdout.write("x" * (10 * 1024 * 1024))', { outputBytes: 4096 }));
    expect(r.truncated).toBe(true);
    expect(r.stdout).toBe(`${'x'.repeat(4096)}\n[indict: output truncated at 4096 bytes; ${10 * MiB - 4096} more bytes dropped]\n`);
  });

  it.concurrent('a large file hits the file-size limit, and the work dir is size-capped', async () => {
    const big = await python('open("big", "wb").write(b"x" * (4 * 1024 * 1024))', { fileSizeBytes: MiB });
    expect(big).toMatchObject({ kind: 'limit', limit: 'file-size' });
    const full = expectExited(await python('import os\nfor i in range(8):\n    try:\n        open(f"f{i}", "wb").write(b"x" * (900 * 1024))\n    except OSError as e:\n        print(i, e.errno)\n        break', { workDirBytes: 4 * MiB, fileSizeBytes: MiB }));
    expect(full.stdout).toMatch(/^[34] 28\n$/); // ENOSPC once the 4 MiB tmpfs is full
  });
});
