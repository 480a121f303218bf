import { createHash } from 'node:crypto';
import type { SourceFile } from '../core/change-set.js';
import type { PullRequestTask } from './render-unit-context.js';

/**
 * The fence boundary, derived from the whole untrusted input: stable across re-runs (so the response cache
 * hits) yet unknowable to the text it fences, which would have to contain the hash of itself. The fence
 * also strips the nonce from the text, should it appear anyway.
 */
export function deriveNonce(task: PullRequestTask, files: readonly SourceFile[]): string {
  const hash = createHash('sha256').update(JSON.stringify([task, files.map((f) => [f.path, f.content])]));
  return `b${hash.digest('hex').slice(0, 15)}`;
}
