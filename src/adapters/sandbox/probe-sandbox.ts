import type { SandboxAvailability } from '../../ports/sandbox.js';
import { buildBwrapArgv } from './build-bwrap-argv.js';
import { findBinary } from './find-binary.js';
import type { ResolvedSandboxOptions } from './sandbox-options.js';
import { spawnSandboxed } from './spawn-sandboxed.js';

export interface SandboxHost { bwrap: string; setpriv: string; prlimit: string }

/** Finds the host binaries; null (with why) when one is missing. Nothing is spawned here. */
export function findSandboxHost(options: ResolvedSandboxOptions): SandboxHost | string {
  const bwrap = findBinary(options.bwrapPath, options.searchPath);
  const setpriv = findBinary(options.setprivPath, options.searchPath);
  const prlimit = findBinary(options.prlimitPath, options.searchPath);
  if (!bwrap) return `bubblewrap not found (${options.bwrapPath}); install the Debian/Ubuntu package \`bubblewrap\``;
  if (!setpriv) return `setpriv not found (${options.setprivPath}); install util-linux`;
  if (!prlimit) return `prlimit not found (${options.prlimitPath}); install util-linux`;
  return { bwrap, setpriv, prlimit };
}

/**
 * Starts an empty sandbox once (`/bin/true` under the full isolation) to prove bwrap works here:
 * user namespaces may be blocked (Ubuntu 24.04 AppArmor) or setpriv refused (not root).
 */
export async function probeSandbox(options: ResolvedSandboxOptions): Promise<SandboxAvailability> {
  const host = findSandboxHost(options);
  if (typeof host === 'string') return { ok: false, reason: host };
  const argv = buildBwrapArgv({
    setprivPath: host.setpriv, bwrapPath: host.bwrap, uid: options.uid, gid: options.gid, workDirBytes: 1024 * 1024,
    mounts: [], staged: [], files: [], seccomp: false, env: {}, command: ['/bin/true'],
  });
  const outcome = await spawnSandboxed({ argv, fdInputs: [], statusChannel: false, stdin: undefined, wallTimeMs: 10_000, outputBytes: 4096, signal: undefined });
  if (outcome.code === 0) return { ok: true };
  const detail = outcome.spawnError ?? (outcome.stderr.trim().split('\n')[0] || `exit ${outcome.code ?? outcome.signal}`);
  return { ok: false, reason: `bubblewrap cannot start a sandbox here: ${detail} (see docs/sandbox.md)` };
}
