import { setFailed } from '@actions/core';
import type { ActionIo } from './action-io.js';
import { createCoreIo } from './create-core-io.js';
import { describeActionError } from './describe-action-error.js';
import { runAction } from './run-action.js';

/** Runs the action and catches once: any failure, or `fail-on` exceeded, is one `core.setFailed` line (exit 1). */
export async function runner(env: Record<string, string | undefined>, io: ActionIo = createCoreIo(), fail: (line: string) => void = setFailed): Promise<void> {
  try {
    const failure = await runAction(env, io);
    if (failure) fail(failure);
  } catch (error) {
    fail(describeActionError(error));
  }
}
