import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { createOutputCapture } from './capture-output.js';
import { killProcessTree } from './kill-process-tree.js';

export interface SpawnSpec {
  argv: readonly string[];
  /** Data fed to fds 4, 5, … of the child (seccomp program, files); fd 3 is the status channel. */
  fdInputs: readonly Buffer[];
  /** Open fd 3 for the inner script's progress reports; closed (not inherited) otherwise. */
  statusChannel: boolean;
  stdin: string | undefined;
  wallTimeMs: number;
  outputBytes: number;
  signal: AbortSignal | undefined;
  /**
   * bwrap --info-fd/--block-fd follow the inputs: once bwrap reports its child's pid, this is called
   * with the outer and child pids, then the sandbox is released.
   */
  hold?: (pids: readonly number[]) => void;
}

export interface SpawnOutcome {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  /** What the inner script wrote on fd 3 ("c" once the snippet was about to start). */
  status: string;
  stdout: string;
  stderr: string;
  truncated: boolean;
  durationMs: number;
  /** Tasks (threads included) alive in the tree when it was killed on timeout; 0 otherwise. */
  tasksAtKill: number;
  spawnError: string | null;
}

function feed(stream: Writable | null | undefined, data: Buffer | string | undefined): void {
  if (!stream) return;
  stream.on('error', () => undefined); // the sandbox may exit without reading: EPIPE is not our failure
  stream.end(data ?? '');
}

function holdUntilPlaced(child: ChildProcess, infoFd: number, hold: (pids: readonly number[]) => void): void {
  const info = child.stdio[infoFd] as Readable;
  const block = child.stdio[infoFd + 1] as Writable;
  let text = '';
  info.on('error', () => undefined);
  block.on('error', () => undefined);
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    const pid = /"child-pid"\s*:\s*(\d+)/.exec(text)?.[1];
    if (!pid || child.pid === undefined) return;
    info.off('data', onData);
    info.resume(); // drain and ignore anything after
    hold([child.pid, Number(pid)]);
    block.end('x');
  };
  info.on('data', onData);
}

/** Runs the sandbox command line with an empty environment, bounded output and a tree-killing wall clock. */
export function spawnSandboxed(spec: SpawnSpec): Promise<SpawnOutcome> {
  const started = performance.now();
  const [command, ...args] = spec.argv;
  const child = spawn(command!, args, { env: {}, detached: true, stdio: ['pipe', 'pipe', 'pipe', spec.statusChannel ? 'pipe' : 'ignore', ...spec.fdInputs.map(() => 'pipe' as const), ...(spec.hold ? ['pipe', 'pipe'] as const : [])] });
  const stdout = createOutputCapture(spec.outputBytes);
  const stderr = createOutputCapture(spec.outputBytes);
  let status = '';
  let timedOut = false;
  let tasksAtKill = 0;
  let spawnError: string | null = null;
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdio[3]?.on('data', (chunk: Buffer) => (status += chunk.toString('utf8').slice(0, 16)));
  child.stdio[3]?.on('error', () => undefined);
  feed(child.stdin, spec.stdin);
  spec.fdInputs.forEach((data, i) => feed(child.stdio[4 + i] as Writable, data));
  if (spec.hold) holdUntilPlaced(child, 4 + spec.fdInputs.length, spec.hold);
  const kill = (why: 'timeout' | 'abort') => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    timedOut = why === 'timeout';
    tasksAtKill = killProcessTree(child.pid);
  };
  const timer = setTimeout(() => kill('timeout'), spec.wallTimeMs);
  const onAbort = () => kill('abort');
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  child.on('error', (error) => (spawnError = error.message));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      resolve({
        code, signal, timedOut, status, tasksAtKill, spawnError,
        stdout: stdout.text(), stderr: stderr.text(), truncated: stdout.truncated || stderr.truncated,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}
