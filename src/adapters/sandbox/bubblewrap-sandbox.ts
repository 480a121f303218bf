import type { Sandbox, SandboxAvailability, SandboxCheckResult, SandboxLanguage, SandboxRunResult } from '../../ports/sandbox.js';
import { detectToolchains, type ToolchainDetection } from './detect-toolchains.js';
import { executePlan } from './execute-plan.js';
import { planRunner, type RunnerPlan } from './plan-runner.js';
import { findSandboxHost, probeSandbox } from './probe-sandbox.js';
import { resolveSandboxOptions, type BubblewrapSandboxOptions } from './sandbox-options.js';
import { findInvalidFilePath } from './validate-file-paths.js';

const MiB = 1024 * 1024;

/** The Sandbox port on bubblewrap, started as an unprivileged uid through setpriv. See docs/sandbox.md. */
export function createBubblewrapSandbox(input: BubblewrapSandboxOptions = {}): Sandbox {
  const options = resolveSandboxOptions(input);
  let availability: Promise<SandboxAvailability> | undefined;
  let detection: ToolchainDetection | undefined;
  const available = () => (availability ??= probeSandbox(options));
  const toolchains = () => (detection ??= detectToolchains(options));

  type Prepared = { ok: true; plan: RunnerPlan; tool: NonNullable<ReturnType<ToolchainDetection['detected']['get']>> } | { ok: false; result: Exclude<SandboxRunResult, { stdout: string }> };
  async function prepare(language: SandboxLanguage, code: string, memoryBytes: number): Promise<Prepared> {
    const status = await available();
    if (!status.ok) return { ok: false, result: { kind: 'unavailable', reason: status.reason } };
    const tool = toolchains().detected.get(language);
    if (!tool) {
      const reason = toolchains().report.missing.find((m) => m.language === language)?.reason ?? 'unknown language';
      return { ok: false, result: { kind: 'toolchain-missing', language, reason } };
    }
    return { ok: true, tool, plan: planRunner(language, tool, code, Math.floor(memoryBytes / MiB)) };
  }

  return {
    available,
    toolchains: async () => toolchains().report,
    async run(request) {
      const limits = { ...options.limits, ...request.limits };
      const invalid = findInvalidFilePath(Object.keys(request.files ?? {}));
      if (invalid !== null) throw new TypeError(`indict sandbox: file path must be relative and inside the work dir: ${JSON.stringify(invalid)}`);
      const prepared = await prepare(request.language, request.code, limits.memoryBytes);
      if (!prepared.ok) return prepared.result;
      const host = findSandboxHost(options);
      if (typeof host === 'string') return { kind: 'unavailable', reason: host };
      const { plan, tool } = prepared;
      return executePlan(options, host, { plan, toolchain: tool, compile: plan.compile, run: plan.run, code: request.code, files: request.files ?? {}, args: request.args ?? [], stdin: request.stdin, limits, signal: request.signal });
    },
    async check(request): Promise<SandboxCheckResult> {
      const limits = options.limits;
      const prepared = await prepare(request.language, request.code, limits.memoryBytes);
      if (!prepared.ok) return prepared.result;
      const host = findSandboxHost(options);
      if (typeof host === 'string') return { kind: 'unavailable', reason: host };
      const { plan, tool } = prepared;
      const result = await executePlan(options, host, { plan, toolchain: tool, compile: null, run: plan.check, code: request.code, files: {}, args: [], stdin: undefined, limits, signal: request.signal });
      if (result.kind !== 'exited') return result;
      if (result.code === 0) return { kind: 'ok', durationMs: result.durationMs };
      return { kind: 'syntax-error', detail: `${result.stderr}${result.stdout}`.trim(), durationMs: result.durationMs };
    },
  };
}
