import { run } from 'probot';
import { createReviewQueue } from '../../adapters/queue/create-review-queue.js';
import { readModelEnv } from '../shared/model-env.js';
import { reviewPullRequest } from '../shared/review-pull-request.js';
import { createIndictApp } from './app.js';
import { createCodeHost } from './create-code-host.js';
import { readAppEnv } from './read-app-env.js';

/** `npm start`: Probot's server (PORT, APP_ID, PRIVATE_KEY[_PATH], WEBHOOK_SECRET, GHE_HOST…) with indict's app. */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readAppEnv(env);
  const queue = createReviewQueue({ redisUrl: settings.redisUrl, limits: settings.limits });
  const server = await run(createIndictApp({
    queue, reviewPullRequest, createHost: createCodeHost, env: readModelEnv(env), now: Date.now, githubConcurrency: settings.githubConcurrency, runJobs: settings.runJobs,
  }), { env: { ...env, REDIS_URL: undefined } }); // REDIS_URL is the queue's: Probot would fetch its own ioredis for it

  process.once('SIGTERM', () => {
    void server.stop().then(() => queue.close()).finally(() => process.exit(0));
  });
}

main(process.env).catch((error: unknown) => {
  process.stderr.write(`error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
  process.exit(1);
});
