import { createOctokitCodeHost } from '../../../src/adapters/github/octokit-code-host.js';
import type { CodeHost } from '../../../src/ports/code-host.js';
import type { ModelEnv } from '../../../src/frontends/shared/model-env.js';

/** The real octokit CodeHost against the fake server, with backoff in milliseconds and write throttling off. */
export function createTestHost(url: string, options: { throttleWrites?: boolean } = {}): CodeHost {
  return createOctokitCodeHost({ token: 'test-token', baseUrl: url, backoffMs: 1, throttleWrites: options.throttleWrites ?? false });
}

/** No model: tools-only reviews. */
export const noModel: ModelEnv = { cacheDir: '/nonexistent' };

export const pyV1 = ['import os', 'import hashlib', '', 'def run(cmd):', '    os.system(cmd)', '', 'def h(data):', '    return hashlib.md5(data).hexdigest()', ''].join('\n');
export const pyV2 = ['import os', 'import hashlib', 'import pickle', '', 'def run(cmd):', '    print(cmd)', '', 'def h(data):', '    return hashlib.md5(data).hexdigest()', '', 'def load(blob):', '    return pickle.loads(blob)', ''].join('\n');
export const sha1 = '1'.repeat(40);
export const sha2 = '2'.repeat(40);
