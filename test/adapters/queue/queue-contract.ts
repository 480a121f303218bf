import { expect, it } from 'vitest';
import type { QueueJob, QueueLimits, ReviewQueue } from '../../../src/adapters/queue/review-queue.js';
import { isSuperseded } from '../../../src/adapters/queue/superseded-error.js';

export type MakeQueue = (limits: QueueLimits) => Promise<ReviewQueue>;

const job = (name: string, key?: string, lane: QueueJob['lane'] = 'model'): QueueJob => ({ lane, name, data: { name }, key });
const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** One suite, run against every ReviewQueue implementation. */
export function queueContract(make: MakeQueue): void {
  it('runs every job and reports idle', async () => {
    const queue = await make({ github: 2, model: 2 });
    const ran: string[] = [];
    await queue.start(async (j) => { ran.push(j.name); });
    for (const name of ['a', 'b', 'c']) await queue.add(job(name, `pr-${name}`));
    await queue.add(job('g', undefined, 'github'));
    await until(() => ran.length === 4);
    await queue.idle();
    expect(ran.sort()).toEqual(['a', 'b', 'c', 'g']);
    await queue.close();
  });

  it('a newer job removes a queued one of the same key', async () => {
    const queue = await make({ github: 1, model: 1 });
    const ran: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    await queue.start(async (j) => { ran.push(j.name); if (j.name === 'blocker') await gate; });
    await queue.add(job('blocker', 'pr-1'));
    await until(() => ran.includes('blocker'));
    await queue.add(job('old', 'pr-2'));
    await queue.add(job('new', 'pr-2'));
    release();
    await until(() => ran.includes('new'));
    await queue.idle();
    expect(ran).toEqual(['blocker', 'new']);
    await queue.close();
  });

  it('a newer job aborts a running one of the same key, then runs after it', async () => {
    const queue = await make({ github: 2, model: 2 });
    const events: string[] = [];
    await queue.start(async (j, signal) => {
      events.push(`start ${j.name}`);
      if (j.name === 'first') {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        events.push(`aborted ${j.name} superseded=${isSuperseded(signal.reason)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      events.push(`end ${j.name}`);
    });
    await queue.add(job('first', 'pr-1'));
    await until(() => events.includes('start first'));
    await queue.add(job('second', 'pr-1'));
    await until(() => events.includes('end second'));
    expect(events).toEqual(['start first', 'aborted first superseded=true', 'end first', 'start second', 'end second']);
    await queue.close();
  });

  it('jobs that share only a lock take turns and never cancel each other (a push does not drop a fix)', async () => {
    const queue = await make({ github: 2, model: 2 });
    const events: string[] = [];
    const aborted: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    await queue.start(async (j, signal) => {
      signal.addEventListener('abort', () => aborted.push(j.name), { once: true });
      events.push(`start ${j.name}`);
      if (j.name === 'review-1') await gate;
      events.push(`end ${j.name}`);
    });
    await queue.add(job('review-1', 'pr-1'));
    await until(() => events.includes('start review-1'));
    await queue.add({ ...job('fix', 'pr-1:fix'), lock: 'pr-1' });
    await new Promise((r) => setTimeout(r, 150));
    expect(events).toEqual(['start review-1']);
    await queue.add(job('review-2', 'pr-1'));
    release();
    await until(() => events.includes('end fix') && events.includes('end review-2'));
    await queue.idle();
    expect(aborted).toEqual(['review-1']);
    expect(events.filter((e) => e.startsWith('start'))).toEqual(['start review-1', expect.stringMatching(/start (fix|review-2)/), expect.stringMatching(/start (fix|review-2)/)]);
    for (let i = 1; i < events.length; i += 2) expect(events[i]!.replace('end', 'start')).toBe(events[i - 1]);
    await queue.close();
  });

  it('keeps the github lane moving while the model lane is full, and honours each limit', async () => {
    const queue = await make({ github: 2, model: 1 });
    const running = { github: 0, model: 0 };
    const peak = { github: 0, model: 0 };
    const done: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    await queue.start(async (j) => {
      running[j.lane] += 1;
      peak[j.lane] = Math.max(peak[j.lane], running[j.lane]);
      if (j.lane === 'model') await gate;
      else await new Promise((r) => setTimeout(r, 50));
      running[j.lane] -= 1;
      done.push(j.name);
    });
    for (const name of ['m1', 'm2']) await queue.add(job(name, name));
    for (const name of ['g1', 'g2', 'g3', 'g4']) await queue.add(job(name, undefined, 'github'));
    await until(() => ['g1', 'g2', 'g3', 'g4'].every((n) => done.includes(n)));
    expect(done.some((n) => n.startsWith('m'))).toBe(false);
    release();
    await queue.idle();
    await until(() => done.length === 6);
    expect(peak).toEqual({ github: 2, model: 1 });
    await queue.close();
  });
}
