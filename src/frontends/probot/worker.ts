import { readFileSync } from 'node:fs';
import { Probot } from 'probot';
import { createReviewQueue } from '../../adapters/queue/create-review-queue.js';
import { readModelEnv } from '../shared/model-env.js';
import { reviewPullRequest } from '../shared/review-pull-request.js';
import { createIndictApp } from './app.js';
import { createCodeHost } from './create-code-host.js';
import { AppEnvError, readAppEnv } from './read-app-env.js';

/**
 * `node dist/frontends/probot/worker.js`: a worker without a web server, for REDIS_URL set-ups where the
 * server runs with INDICT_RUN_JOBS=false. Same variables as `npm start`.
 */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readAppEnv(env);
  if (!settings.redisUrl) throw new AppEnvError('indict: a separate worker needs REDIS_URL');
  const privateKey = env.PRIVATE_KEY || (env.PRIVATE_KEY_PATH ? readFileSync(env.PRIVATE_KEY_PATH, 'utf8') : undefined);
  if (!env.APP_ID || !privateKey) throw new AppEnvError('indict: APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH) are required');
  const queue = createReviewQueue({ redisUrl: settings.redisUrl, limits: settings.limits });
  const probot = new Probot({
    appId: env.APP_ID, privateKey, secret: env.WEBHOOK_SECRET, logLevel: (env.LOG_LEVEL as 'info' | undefined) ?? 'info',
    baseUrl: env.GHE_HOST ? `${env.GHE_PROTOCOL || 'https'}://${env.GHE_HOST}/api/v3` : undefined,
  });
  await probot.load(createIndictApp({
    queue, reviewPullRequest, createHost: createCodeHost, env: readModelEnv(env), now: Date.now, githubConcurrency: settings.githubConcurrency, runJobs: true,
  }));
  process.once('SIGTERM', () => { void queue.close().finally(() => process.exit(0)); });
}

main(process.env).catch((error: unknown) => {
  process.stderr.write(`error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
  process.exit(1);
});
