import type { SandboxLimits } from '../../ports/sandbox.js';
import type { PlannedStep } from './plan-runner.js';

/** Compilers (trusted code, untrusted input) get this many times the snippet's CPU and address space. */
const COMPILE_FACTOR = 4;
/**
 * JIT runtimes (Node, the JVM) reserve far more address space than they use, so their heap is capped
 * by a flag and RLIMIT_AS only backstops native/external memory (Buffers, direct buffers) at heap + 1 GiB.
 */
const HEAP_RUNTIME_RESERVE = 1024 * 1024 * 1024;

/**
 * `prlimit` options for one step, applied inside the sandbox to that step only (soft and hard, so the
 * snippet cannot raise them). RLIMIT_NPROC is per user namespace here, so concurrent sandboxes do not
 * share it.
 */
export function buildLimitArgv(prlimitPath: string, limits: SandboxLimits, step: PlannedStep): string[] {
  const factor = step.kind === 'run' ? 1 : COMPILE_FACTOR;
  const argv = [
    prlimitPath,
    `--cpu=${limits.cpuSeconds * factor}:${limits.cpuSeconds * factor + 1}`,
    `--nproc=${limits.processes}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--nofile=${limits.openFiles}`,
    '--core=0',
  ];
  const backstop = step.memory === 'heap-flag' ? HEAP_RUNTIME_RESERVE : 0;
  argv.push(`--as=${limits.memoryBytes * factor + backstop}`);
  return [...argv, '--', ...step.argv];
}
