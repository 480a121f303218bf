import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullMqQueue } from '../../../src/adapters/queue/bullmq-queue.js';
import { startRedis, type RedisServer } from '../../support/start-redis.js';
import { queueContract } from './queue-contract.js';

let redis: RedisServer;
beforeAll(async () => { redis = await startRedis(); });
afterAll(async () => { await redis?.stop(); });

describe('BullMQ queue on a real redis-server', () => {
  queueContract(async (limits) => createBullMqQueue({ url: redis.url, prefix: `t${randomUUID().slice(0, 8)}`, limits, lockMs: 1000 }));

  it('loses no queued or running job when its worker dies', async () => {
    const prefix = `r${randomUUID().slice(0, 8)}`;
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'support/stuck-worker.ts'), redis.url, prefix], { stdio: ['ignore', 'pipe', 'inherit'] });
    const started = new Promise<string>((ok) => child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('started')) ok(chunk.toString()); }));
    await new Promise<void>((ok) => child.stdout.once('data', () => ok())); // "ready"
    const producer = createBullMqQueue({ url: redis.url, prefix, limits: { github: 1, model: 1 }, lockMs: 1000 });
    for (const name of ['a', 'b', 'c']) await producer.add({ lane: 'model', name, data: { name }, key: `pr-${name}` });
    await started;
    child.kill('SIGKILL');
    await new Promise((ok) => child.once('exit', ok));

    const ran: string[] = [];
    const worker = createBullMqQueue({ url: redis.url, prefix, limits: { github: 1, model: 1 }, lockMs: 1000 });
    await worker.start(async (job) => { ran.push(job.name); });
    const deadline = Date.now() + 15_000;
    while (ran.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(ran.sort()).toEqual(['a', 'b', 'c']);
    await worker.close();
    await producer.close();
  });
});
