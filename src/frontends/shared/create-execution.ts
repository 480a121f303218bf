import { createBubblewrapSandbox } from '../../adapters/sandbox/bubblewrap-sandbox.js';
import type { FixCheckPorts } from '../../indict/check-fix.js';
import type { CriticToolPorts } from '../../indict/critic-tools.js';
import { createCompileCheck, createRunTool } from './create-sandbox-checks.js';

export interface Execution {
  compile?: FixCheckPorts['compile'];
  run?: CriticToolPorts['run'];
  /** Set when no sandbox works: execution is off, and the review says so. */
  notice?: string;
}

/** Sandboxed execution for the post-hoc gate and the critics, when a working sandbox exists; never without one. */
export async function createExecution(path: string | undefined): Promise<Execution> {
  const sandbox = createBubblewrapSandbox({ path, nodePath: process.execPath });
  const availability = await sandbox.available();
  if (!availability.ok) {
    return { notice: `sandbox unavailable (${availability.reason}): fixes are checked by re-scan and parse only, and critics cannot run code` };
  }
  return { compile: createCompileCheck(sandbox), run: createRunTool(sandbox) };
}
