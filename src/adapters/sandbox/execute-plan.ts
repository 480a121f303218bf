import { writeFileSync } from 'node:fs';
import type { SandboxLimits, SandboxRunResult } from '../../ports/sandbox.js';
import { buildBwrapArgv } from './build-bwrap-argv.js';
import { buildInnerScript } from './build-inner-script.js';
import { buildLimitArgv } from './build-limit-argv.js';
import { buildSeccompFilter } from './build-seccomp-filter.js';
import { classifyOutcome } from './classify-outcome.js';
import { createRunCgroup } from './create-run-cgroup.js';
import type { DetectedToolchain } from './detect-toolchains.js';
import type { PlannedStep, RunnerPlan } from './plan-runner.js';
import type { SandboxHost } from './probe-sandbox.js';
import type { ResolvedSandboxOptions } from './sandbox-options.js';
import { spawnSandboxed } from './spawn-sandboxed.js';
import { STAGE_SCRIPT } from './stage-toolchain.js';

export interface Execution {
  plan: RunnerPlan;
  toolchain: DetectedToolchain;
  compile: PlannedStep | null;
  run: PlannedStep;
  code: string;
  files: Readonly<Record<string, string>>;
  args: readonly string[];
  stdin: string | undefined;
  limits: SandboxLimits;
  signal: AbortSignal | undefined;
}

/** Moves bwrap and the sandbox's pid 1 into the run's cgroup while bwrap holds before forking the snippet. */
function placeInCgroup(procs: readonly string[], pids: readonly number[]): boolean {
  try {
    for (const file of procs) for (const pid of pids) writeFileSync(file, String(pid));
    return true;
  } catch {
    return false;
  }
}

export async function executePlan(options: ResolvedSandboxOptions, host: SandboxHost, exec: Execution): Promise<SandboxRunResult> {
  const { limits } = exec;
  const seccomp = options.seccomp ? buildSeccompFilter(process.arch) : null;
  const files = { ...exec.files, [exec.plan.sourceName]: exec.code };
  const run = buildLimitArgv(host.prlimit, limits, exec.run);
  // One step: prlimit execs the runtime directly (one exec fewer). Two: a shell sequences them and
  // reports on fd 3 when the compile step is done.
  const command = exec.compile
    ? ['/bin/sh', '-c', buildInnerScript(buildLimitArgv(host.prlimit, limits, exec.compile), run), 'sh', ...exec.args]
    : [...run, ...exec.args];
  const cgroup = options.cgroup === 'auto' ? createRunCgroup(limits.totalMemoryBytes, limits.processes + 8) : null;
  let placed = false;
  const bwrapArgv = buildBwrapArgv({
    setprivPath: host.setpriv, bwrapPath: host.bwrap, uid: options.uid, gid: options.gid, workDirBytes: limits.workDirBytes,
    mounts: exec.toolchain.mounts, staged: exec.toolchain.staged.map((s) => s.target), files: Object.keys(files), seccomp: seccomp !== null, env: exec.plan.env,
    command, holdForCgroup: cgroup !== null,
  });
  const { staged } = exec.toolchain;
  const stagedArgv = staged.length > 0
    ? ['/usr/bin/unshare', '--mount', '--propagation', 'private', '--', '/bin/sh', '-c', STAGE_SCRIPT, 'sh', String(staged.length), ...staged.map((s) => s.source), ...bwrapArgv]
    : bwrapArgv;
  const fdInputs = [...(seccomp ? [seccomp] : []), ...Object.values(files).map((text) => Buffer.from(text, 'utf8'))];
  const outcome = await spawnSandboxed({ argv: stagedArgv, fdInputs, statusChannel: exec.compile !== null, stdin: exec.stdin, wallTimeMs: limits.wallTimeMs, outputBytes: limits.outputBytes, signal: exec.signal,
    hold: cgroup ? (pids) => (placed = placeInCgroup(cgroup.procs, pids)) : undefined });
  const events = cgroup && placed ? cgroup.events() : { oomKilled: false, pidsMaxHit: false };
  void cgroup?.remove(); // rmdir may wait for the kernel to release killed tasks; no need to hold the result
  const stage = exec.compile === null || outcome.status.includes('c') ? 'run' : 'compile';
  return classifyOutcome(outcome, limits, events, stage);
}
