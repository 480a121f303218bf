import type { Redis } from 'ioredis';

const releaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const extendScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

export interface KeyLockOptions {
  ttlMs: number;
  /** Stop waiting (and give up) when this turns false: the job was superseded meanwhile. */
  stillWanted: () => Promise<boolean>;
  pollMs?: number;
}

/**
 * Takes the per-pull-request lock so two jobs of one pull request never run at once, across processes.
 * The lock expires `ttlMs` after its holder dies and is extended while it lives. Returns the release
 * function, or undefined when the job stopped being wanted while it waited.
 */
export async function acquireKeyLock(redis: Redis, lockKey: string, owner: string, options: KeyLockOptions): Promise<(() => Promise<void>) | undefined> {
  for (;;) {
    const taken = await redis.set(lockKey, owner, 'PX', options.ttlMs, 'NX');
    if (taken === 'OK') break;
    if (!(await options.stillWanted())) return undefined;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
  }
  const timer = setInterval(() => {
    redis.eval(extendScript, 1, lockKey, owner, String(options.ttlMs)).catch(() => undefined);
  }, Math.max(50, Math.floor(options.ttlMs / 3)));
  return async () => {
    clearInterval(timer);
    await redis.eval(releaseScript, 1, lockKey, owner);
  };
}

/** Deletes `key` only while it still holds `value`. */
export async function deleteIfEquals(redis: Redis, key: string, value: string): Promise<void> {
  await redis.eval(releaseScript, 1, key, value);
}
