import { createBullMqQueue } from '../../../../src/adapters/queue/bullmq-queue.js';

/** A worker that takes a job and never finishes it: the test kills it with SIGKILL mid-job. */
const [url = '', prefix = ''] = process.argv.slice(2);
const queue = createBullMqQueue({ url, prefix, limits: { github: 1, model: 1 }, lockMs: 1000 });
await queue.start(async (job) => {
  process.stdout.write(`started ${job.name}\n`);
  await new Promise(() => undefined);
});
process.stdout.write('ready\n');
