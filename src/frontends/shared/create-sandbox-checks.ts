import type { SourceFile } from '../../core/change-set.js';
import type { Check } from '../../core/finding.schema.js';
import type { CriticToolPorts } from '../../indict/critic-tools.js';
import { SANDBOX_LANGUAGES, type Sandbox, type SandboxLanguage, type SandboxRunResult } from '../../ports/sandbox.js';

const toSandboxLanguage = (language: string | null): SandboxLanguage | null =>
  language && (SANDBOX_LANGUAGES as readonly string[]).includes(language) ? (language as SandboxLanguage) : null;

/**
 * The post-hoc `compile` check: the fixed file must pass the toolchain's syntax check in the sandbox. When
 * the original does not pass it either (missing headers, project imports), the check says nothing.
 */
export function createCompileCheck(sandbox: Sandbox): (file: SourceFile, original?: SourceFile) => Promise<Check | null> {
  return async (fixed, original) => {
    const language = toSandboxLanguage(fixed.language);
    if (!language) return null;
    if (original) {
      const before = await sandbox.check({ language, code: original.content });
      if (before.kind !== 'ok') return null;
    }
    const after = await sandbox.check({ language, code: fixed.content });
    if (after.kind === 'ok') return { name: 'compile', passed: true, detail: `${language} syntax check passed in the sandbox` };
    if (after.kind === 'syntax-error') return { name: 'compile', passed: false, detail: after.detail.split('\n').slice(0, 3).join(' ').slice(0, 300) };
    if (after.kind === 'timeout' || after.kind === 'limit') return { name: 'compile', passed: false, detail: `syntax check ${after.kind === 'timeout' ? 'timed out' : `hit the ${after.limit} limit`}` };
    return null;
  };
}

function describeRun(result: SandboxRunResult): string {
  switch (result.kind) {
    case 'exited':
      return `${result.stage} exited with ${result.code ?? result.signal}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
    case 'timeout':
      return `killed after ${result.wallTimeMs} ms (timeout)\nstdout:\n${result.stdout}`;
    case 'limit':
      return `killed by the ${result.limit} limit\nstdout:\n${result.stdout}`;
    case 'toolchain-missing':
      return `no ${result.language} toolchain here: ${result.reason}`;
    case 'unavailable':
      return `execution unavailable: ${result.reason}`;
  }
}

/** The critics' `run` tool: a snippet in the sandbox, with stdin. */
export function createRunTool(sandbox: Sandbox): NonNullable<CriticToolPorts['run']> {
  return async ({ language, code, stdin }) => {
    const lang = toSandboxLanguage(language === 'typescript' ? null : language);
    if (!lang) return `cannot run ${language} in the sandbox`;
    return describeRun(await sandbox.run({ language: lang, code, stdin: stdin ?? undefined }));
  };
}
