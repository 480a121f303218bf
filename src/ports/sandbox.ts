/**
 * Sandbox port: run untrusted snippets (critic tool calls, post-hoc fix checks) without trusting them.
 * Every outcome is a typed result; nothing here throws for what the snippet did.
 */

export const SANDBOX_LANGUAGES = ['python', 'javascript', 'c', 'cpp', 'java', 'rust', 'go', 'php', 'ruby'] as const;
export type SandboxLanguage = (typeof SANDBOX_LANGUAGES)[number];

export interface SandboxLimits {
  /** CPU seconds per process (RLIMIT_CPU). */
  cpuSeconds: number;
  /** Address space per process (RLIMIT_AS); Node and Java cap their heap to this instead. */
  memoryBytes: number;
  /** Total memory of the whole run, enforced by a cgroup when one is writable. */
  totalMemoryBytes: number;
  /** Processes and threads of the sandbox user (RLIMIT_NPROC, plus cgroup pids.max when writable). */
  processes: number;
  /** Largest file a process may write (RLIMIT_FSIZE). */
  fileSizeBytes: number;
  /** Open file descriptors (RLIMIT_NOFILE). */
  openFiles: number;
  /** Wall clock for the whole run, compile included; the whole process tree is killed after it. */
  wallTimeMs: number;
  /** Bytes kept of stdout and of stderr each; the rest is dropped and a marker appended. */
  outputBytes: number;
  /** Size of the private tmpfs work directory (and of /tmp). */
  workDirBytes: number;
}

export interface SandboxRunRequest {
  language: SandboxLanguage;
  code: string;
  stdin?: string;
  args?: readonly string[];
  /** Extra files placed in the work directory, by relative path. */
  files?: Readonly<Record<string, string>>;
  limits?: Partial<SandboxLimits>;
  signal?: AbortSignal;
}

export interface SandboxCheckRequest {
  language: SandboxLanguage;
  code: string;
  signal?: AbortSignal;
}

export type SandboxLimitKind = 'cpu' | 'memory' | 'processes' | 'file-size';

export interface SandboxOutput {
  stdout: string;
  stderr: string;
  /** True when either stream went past `outputBytes` and was cut (the text ends with a marker). */
  truncated: boolean;
  durationMs: number;
}

export type SandboxRunResult =
  | (SandboxOutput & { kind: 'exited'; stage: 'compile' | 'run'; code: number | null; signal: string | null })
  | (SandboxOutput & { kind: 'timeout'; wallTimeMs: number })
  | (SandboxOutput & { kind: 'limit'; limit: SandboxLimitKind; evidence: string })
  | { kind: 'toolchain-missing'; language: SandboxLanguage; reason: string }
  | { kind: 'unavailable'; reason: string };

export type SandboxCheckResult =
  | { kind: 'ok'; durationMs: number }
  | { kind: 'syntax-error'; detail: string; durationMs: number }
  | Exclude<SandboxRunResult, { kind: 'exited' }>;

export interface SandboxToolchain {
  language: SandboxLanguage;
  /** Host paths of the binaries the runner uses, as seen inside the sandbox. */
  binaries: readonly string[];
}

export interface SandboxToolchains {
  available: readonly SandboxToolchain[];
  missing: readonly { language: SandboxLanguage; reason: string }[];
}

export type SandboxAvailability = { ok: true } | { ok: false; reason: string };

export interface Sandbox {
  available(): Promise<SandboxAvailability>;
  toolchains(): Promise<SandboxToolchains>;
  run(request: SandboxRunRequest): Promise<SandboxRunResult>;
  /** Syntax-only check (no code of the snippet is executed; compilers run sandboxed anyway). */
  check(request: SandboxCheckRequest): Promise<SandboxCheckResult>;
}
