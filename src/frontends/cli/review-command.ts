import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { severityRank } from '../../core/finding.schema.js';
import { renderJson } from '../../core/render-json.js';
import { renderMarkdown } from '../../core/render-markdown.js';
import { renderSarif } from '../../core/render-sarif.js';
import type { Review } from '../../core/review.js';
import { loadGitChange } from '../../adapters/change-source/load-git-change.js';
import { loadPatch } from '../../adapters/change-source/load-patch.js';
import type { OpenedPullRequest } from './open-pull-request.js';
import { runReview } from '../../indict/review-pipeline.js';
import { createAnalyzers } from '../shared/create-analyzers.js';
import { createCriticTools } from '../shared/create-critic-tools.js';
import { createExecution } from '../shared/create-execution.js';
import { isModelConfigured, readModelEnv } from '../shared/model-env.js';
import { createTraceFile } from './trace-file.js';
import { loadCliConfig } from './load-cli-config.js';
import { defaultSkipPolicy } from '../../core/skip-policy.js';
import type { ReviewOptions } from './review-options.schema.js';
import { UsageError } from './usage-error.js';
import { writeOutput } from './write-output.js';
import { version } from '../shared/version.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const maxDiffBytes = 64 * 1024 * 1024;

async function readDiff(source: string, io: CliIo): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  const text = await readFile(resolve(io.cwd, source), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read diff ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message}`);
  });
  if (text.length > maxDiffBytes) throw new UsageError(`diff ${source} is larger than ${maxDiffBytes / 1024 / 1024} MB`);
  return text;
}

async function loadChange(options: ReviewOptions, io: CliIo, target: OpenedPullRequest | undefined) {
  const root = resolve(io.cwd, options.root);
  if (target) return (await import('../../adapters/github/load-pull-request-change.js')).loadPullRequestChange(target.host, target.pr);
  if (options.diff) return loadPatch({ diffText: await readDiff(options.diff, io), root });
  if (options.base) return loadGitChange({ base: options.base, root });
  throw new UsageError('give one of --diff, --base or --pr');
}

function render(review: Review, options: ReviewOptions, contentOf: (path: string) => string | undefined): string {
  if (options.format === 'json') return renderJson(review);
  if (options.format === 'sarif') return `${JSON.stringify(renderSarif(review, { toolVersion: version }), null, 2)}\n`;
  return renderMarkdown(review, { contentOf });
}

/** `indict review`: 1 config, 2 load the change, 3 review it, 4 render, 5 write, 6 exit status from --fail-on. */
export async function reviewCommand(options: ReviewOptions, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, options.root);
  // GitHub and the model are loaded only when used: a local review starts faster without them.
  const github = options.pr ? await import('./open-pull-request.js') : undefined;
  const target = github && options.pr ? await github.openPullRequest(options.pr, io.env, (line) => io.stderr.write(`warning: ${line}\n`)) : undefined;
  const config = github && target && !options.config ? await github.loadPullRequestConfig(target) : await loadCliConfig(options.config, root, io.cwd);
  const failOn = options.failOn ?? config.failOn ?? 'none';
  const modelEnv = readModelEnv(io.env);
  const useModel = options.llm && isModelConfigured(modelEnv);
  const notices = useModel ? [] : [options.llm ? 'no model configured: tools-only review' : 'model disabled (--no-llm): tools-only review'];
  for (const notice of notices) io.stderr.write(`warning: ${notice}\n`);

  const change = await loadChange(options, io, target);
  const gaps = (change as { gaps?: string[] }).gaps ?? [];
  const trace = options.trace ? await createTraceFile(resolve(io.cwd, options.trace)) : undefined;
  const { analyzers, fixChecks, astGrep } = await createAnalyzers({ config, root, sarifFiles: options.sarif.map((file) => resolve(io.cwd, file)), semgrep: options.semgrep, semgrepConfig: options.semgrepConfig });
  const execution = await createExecution(io.env.PATH);
  if (execution.notice) notices.push(execution.notice);
  const checks = fixChecks && { ...fixChecks, compile: execution.compile };
  const critics = useModel && astGrep ? (await import('../shared/create-critics.js')).createCritics(modelEnv, config, createCriticTools(astGrep, change.files, execution.run)) : undefined;
  const review = await runReview(
    {
      changeSet: change.changeSet, files: change.files, skipped: change.skipped, scope: options.scope ?? config.scope,
      skipPolicy: { ...defaultSkipPolicy, include: config.paths.include, exclude: config.paths.exclude },
      ...(target ? { task: { title: target.pr.title, body: target.pr.body } } : {}),
    },
    { analyzers, fixChecks: checks, now: () => performance.now(), trace: trace?.sink, notices: [...notices, ...gaps], critics },
  );
  await trace?.close();
  for (const notice of [...review.notices.slice(notices.length), ...(review.notes ?? [])]) io.stderr.write(`warning: ${notice}\n`);

  const contents = new Map(change.files.map((file) => [file.path, file.content]));
  await writeOutput(render(review, options, (path) => contents.get(path)), options.output && resolve(io.cwd, options.output), io.stdout);
  if (target && options.post) {
    const { publishReview } = await import('../shared/publish-review.js');
    const published = await publishReview(target.host, target.pr, { ...review, notices: review.notices.slice(notices.length) }, change, {
      failOn: options.failOn ?? config.failOn ?? 'high', maxComments: config.maxComments, notes: notices, selfLogin: await target.host.getSelfLogin(),
    });
    io.stderr.write(`posted: ${published.posted} inline comment(s) on ${options.pr}, check run ${published.conclusion}\n`);
  }
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn);
  return review.findings.some((finding) => severityRank(finding.severity) >= threshold) ? 1 : 0;
}
