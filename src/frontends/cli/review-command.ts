import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { severityRank } from '../../core/finding.schema.js';
import { renderJson } from '../../core/render-json.js';
import { renderMarkdown } from '../../core/render-markdown.js';
import { renderSarif } from '../../core/render-sarif.js';
import type { Review } from '../../core/review.js';
import { loadGitChange } from '../../adapters/change-source/load-git-change.js';
import { loadPatch } from '../../adapters/change-source/load-patch.js';
import { runReview } from '../../indict/review-pipeline.js';
import { createAnalyzers } from '../shared/create-analyzers.js';
import { createCriticTools } from '../shared/create-critic-tools.js';
import { createCritics, isModelConfigured, readModelEnv } from '../shared/create-critics.js';
import { createTraceFile } from './trace-file.js';
import { loadCliConfig } from './load-cli-config.js';
import { defaultSkipPolicy } from '../../core/skip-policy.js';
import type { ReviewOptions } from './review-options.schema.js';
import { UsageError } from './usage-error.js';
import { writeOutput } from './write-output.js';
import { version } from './version.js';

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

async function loadChange(options: ReviewOptions, io: CliIo) {
  const root = resolve(io.cwd, options.root);
  if (options.diff) return loadPatch({ diffText: await readDiff(options.diff, io), root });
  if (options.base) return loadGitChange({ base: options.base, root });
  throw new UsageError('--pr needs the GitHub front end, which this build does not include yet; use --diff or --base');
}

function render(review: Review, options: ReviewOptions, contentOf: (path: string) => string | undefined): string {
  if (options.format === 'json') return renderJson(review);
  if (options.format === 'sarif') return `${JSON.stringify(renderSarif(review, { toolVersion: version }), null, 2)}\n`;
  return renderMarkdown(review, { contentOf });
}

/** `indict review`: 1 config, 2 load the change, 3 review it, 4 render, 5 write, 6 exit status from --fail-on. */
export async function reviewCommand(options: ReviewOptions, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, options.root);
  const config = await loadCliConfig(options.config, root, io.cwd);
  const failOn = options.failOn ?? config.failOn ?? 'none';
  const modelEnv = readModelEnv(io.env);
  const useModel = options.llm && isModelConfigured(modelEnv);
  const notices = useModel ? [] : [options.llm ? 'no model configured: tools-only review' : 'model disabled (--no-llm): tools-only review'];
  for (const notice of notices) io.stderr.write(`warning: ${notice}\n`);

  const change = await loadChange(options, io);
  const trace = options.trace ? await createTraceFile(resolve(io.cwd, options.trace)) : undefined;
  const { analyzers, fixChecks, astGrep } = await createAnalyzers({ config, root, sarifFiles: options.sarif.map((file) => resolve(io.cwd, file)), semgrep: options.semgrep, semgrepConfig: options.semgrepConfig });
  const critics = useModel && astGrep ? createCritics(modelEnv, config, createCriticTools(astGrep, change.files)) : undefined;
  const review = await runReview(
    {
      changeSet: change.changeSet, files: change.files, skipped: change.skipped, scope: options.scope ?? config.scope,
      skipPolicy: { ...defaultSkipPolicy, include: config.paths.include, exclude: config.paths.exclude },
    },
    { analyzers, fixChecks, now: () => performance.now(), trace: trace?.sink, notices, critics },
  );
  await trace?.close();
  for (const notice of review.notices.slice(notices.length)) io.stderr.write(`warning: ${notice}\n`);

  const contents = new Map(change.files.map((file) => [file.path, file.content]));
  await writeOutput(render(review, options, (path) => contents.get(path)), options.output && resolve(io.cwd, options.output), io.stdout);
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn);
  return review.findings.some((finding) => severityRank(finding.severity) >= threshold) ? 1 : 0;
}
