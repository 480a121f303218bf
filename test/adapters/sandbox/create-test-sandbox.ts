import { describe } from 'vitest';
import { createBubblewrapSandbox } from '../../../src/adapters/sandbox/bubblewrap-sandbox.js';
import type { BubblewrapSandboxOptions } from '../../../src/adapters/sandbox/sandbox-options.js';
import type { SandboxRunResult } from '../../../src/ports/sandbox.js';

/** A sandbox wired the way a front end would: PATH and the node binary passed in, never read below. */
export function createTestSandbox(options: BubblewrapSandboxOptions = {}) {
  return createBubblewrapSandbox({ path: process.env.PATH, nodePath: process.execPath, ...options });
}

const probe = await createTestSandbox().available();
if (!probe.ok) console.warn(`sandbox tests skipped: ${probe.reason}`);

/** `describe` when bwrap can run here; otherwise a skipped block whose title says why. */
export const describeSandbox = (title: string, body: () => void) =>
  probe.ok ? describe(title, body) : describe.skip(`${title} (skipped: ${probe.reason})`, body);

/** Narrows a result to `exited` with a readable failure when it is not. */
export function expectExited(result: SandboxRunResult): Extract<SandboxRunResult, { kind: 'exited' }> {
  if (result.kind !== 'exited') throw new Error(`expected exited, got ${JSON.stringify(result).slice(0, 600)}`);
  return result;
}
