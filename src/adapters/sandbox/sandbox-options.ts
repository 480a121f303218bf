import { existsSync } from 'node:fs';
import type { SandboxLanguage, SandboxLimits } from '../../ports/sandbox.js';
import { STAGE_DIR } from './stage-toolchain.js';

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: SandboxLimits = {
  cpuSeconds: 5,
  memoryBytes: 512 * MiB,
  totalMemoryBytes: 1024 * MiB,
  processes: 64,
  fileSizeBytes: 16 * MiB,
  openFiles: 256,
  wallTimeMs: 10_000,
  outputBytes: 64 * 1024,
  workDirBytes: 64 * MiB,
};

export interface BubblewrapSandboxOptions {
  /** bwrap binary (default `bwrap` looked up on `path`). Point it elsewhere to test the unavailable path. */
  bwrapPath?: string;
  /** setpriv binary (default `setpriv` on `path`). */
  setprivPath?: string;
  /** Unprivileged host uid/gid the sandbox runs as (default 65534, nobody). */
  uid?: number;
  gid?: number;
  /** PATH used to find bwrap, setpriv and toolchains on the host (pass `process.env.PATH` from the front end). */
  path?: string;
  /** The Node binary to run JavaScript with (pass `process.execPath`). */
  nodePath?: string;
  /** Override or add toolchain binaries, e.g. `{ python: ['/usr/bin/python3'] }`. */
  toolchains?: Partial<Record<SandboxLanguage, readonly string[]>>;
  limits?: Partial<SandboxLimits>;
  /** cgroup memory/pids cap: `auto` (when writable, the default) or `off`. */
  cgroup?: 'auto' | 'off';
  /** The seccomp layer (default on). Off only to test the layers beneath it. */
  seccomp?: boolean;
}

export interface ResolvedSandboxOptions {
  bwrapPath: string;
  setprivPath: string;
  prlimitPath: string;
  uid: number;
  gid: number;
  searchPath: readonly string[];
  nodePath: string | undefined;
  toolchains: Partial<Record<SandboxLanguage, readonly string[]>>;
  limits: SandboxLimits;
  cgroup: 'auto' | 'off';
  seccomp: boolean;
  /** Root with util-linux `unshare`: unreachable toolchains (rustup under /root) can be staged in. */
  canStage: boolean;
}

export function resolveSandboxOptions(options: BubblewrapSandboxOptions): ResolvedSandboxOptions {
  return {
    bwrapPath: options.bwrapPath ?? 'bwrap',
    setprivPath: options.setprivPath ?? 'setpriv',
    prlimitPath: '/usr/bin/prlimit',
    uid: options.uid ?? 65534,
    gid: options.gid ?? 65534,
    searchPath: (options.path ?? '/usr/local/bin:/usr/bin:/bin').split(':').filter(Boolean),
    nodePath: options.nodePath,
    toolchains: options.toolchains ?? {},
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    cgroup: options.cgroup ?? 'auto',
    seccomp: options.seccomp ?? true,
    canStage: process.getuid?.() === 0 && existsSync('/usr/bin/unshare') && existsSync(STAGE_DIR),
  };
}
