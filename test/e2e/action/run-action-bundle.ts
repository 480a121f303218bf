import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/** `name<<delimiter\nvalue\ndelimiter` records, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/**
 * Runs the bundled entry the way the runner does: `node index.js` in a fresh workspace, inputs as `INPUT_*`,
 * the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, nothing else from this process.
 */
export async function runActionBundle(entry: string, options: { apiUrl: string; event: string; payload: unknown; inputs?: Record<string, string> }): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'indict-action-run-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  await writeFile(files.event, JSON.stringify(options.payload));
  await Promise.all([writeFile(files.output, ''), writeFile(files.summary, '')]);
  const inputs = { 'github-token': 'ghs_test', 'fail-on': 'high', 'sarif-output': '$RUNNER_TEMP/indict.sarif', 'config-path': '.github/indict.yml', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: dir, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event, GITHUB_EVENT_PATH: files.event, GITHUB_API_URL: options.apiUrl, GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [entry], { cwd: dir, env, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err });
    });
  });
  return { code, stdout, stderr, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8'), dir };
}
