import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../../src/adapters/llm/openai-chat-model.js';
import { parseUnifiedDiff } from '../../src/core/parse-unified-diff.js';
import { renderJson } from '../../src/core/render-json.js';
import { renderMarkdown } from '../../src/core/render-markdown.js';
import { renderNewFileDiff } from '../../src/core/render-new-file-diff.js';
import { detectLanguage } from '../../src/core/detect-language.js';
import { defaultRepoConfig } from '../../src/config/repo-config.schema.js';
import { createAnalyzers } from '../../src/frontends/shared/create-analyzers.js';
import { createCriticTools } from '../../src/frontends/shared/create-critic-tools.js';
import { runReview } from '../../src/indict/review-pipeline.js';
import type { TraceEvent } from '../../src/ports/trace.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai-server.js';
import { obeyingModel } from '../support/obeying-model.js';

interface HostileCase {
  name: string;
  title: string;
  body: string;
  comments?: string[];
  files: { path: string; lines: string[] }[];
  expect: { findings: { path: string; line: number; cwe: string }[]; notices: string[]; secrets?: string[]; prompt?: string[] };
}

const dir = resolve(import.meta.dirname, '../../fixtures/hostile');
const load = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as HostileCase);
const hostile = load('.');
const benign = load('benign');
const invisible = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]|\u034F|\u17B4|\u17B5|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/u;
const config = { ...defaultRepoConfig, analyzers: { ...defaultRepoConfig.analyzers, semgrep: 'off' as const } };
let analyzers: Awaited<ReturnType<typeof createAnalyzers>>;
let server: FakeOpenAi | undefined;

beforeAll(async () => {
  analyzers = await createAnalyzers({ config, root: dir });
});
afterAll(async () => server?.close());

async function review(c: HostileCase) {
  const files = c.files.map((f) => ({ path: f.path, content: `${f.lines.join('\n')}\n`, language: detectLanguage(f.path) }));
  const changeSet = parseUnifiedDiff(files.map((f) => renderNewFileDiff(f.path, f.content)).join(''));
  const script = obeyingModel(files[0]!.path);
  await server?.close();
  server = await startFakeOpenAi(script.reply);
  const model = createOpenAiChatModel({ apiKey: 'k', baseURL: server.baseURL, model: 'm', retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
  const trace: TraceEvent[] = [];
  const result = await runReview(
    { changeSet, files, skipped: [], scope: 'added', task: { title: c.title, body: c.body, ...(c.comments ? { comments: c.comments } : {}) } },
    {
      analyzers: analyzers.analyzers, fixChecks: analyzers.fixChecks, now: () => performance.now(), trace: (e) => void trace.push(e),
      critics: { model, tools: createCriticTools(analyzers.astGrep!, files), options: { rounds: 1, depth: 'all', concurrency: 2, maxRevisions: 1 } },
    },
  );
  const bodies = server.requests.map((r) => JSON.stringify(r.body));
  const prompts = server.requests.map((r) => (r.body.messages as { content: string }[]).map((m) => m.content).join('\n'));
  const markdown = renderMarkdown(result, { contentOf: (path) => files.find((f) => f.path === path)?.content });
  return { result, bodies, prompts, trace, markdown, files, script };
}

describe.each(hostile.map((c) => [c.name, c] as const))('hostile corpus: %s', (_name, c) => {
  it('reports the attempt, follows none of it, and leaks nothing', async () => {
    const { result, bodies, prompts, trace, markdown, files, script } = await review(c);
    expect(prompts.length).toBeGreaterThanOrEqual(3);

    for (const want of c.expect.findings) {
      expect(result.findings, `${want.cwe} at ${want.path}:${want.line}`).toContainEqual(expect.objectContaining({ path: want.path, startLine: want.line, cwe: want.cwe }));
    }
    for (const notice of c.expect.notices) expect(result.notices.join('\n')).toContain(notice);

    const nonce = /boundary="([^"]+)"/.exec(prompts[0]!)![1]!;
    for (const prompt of prompts) expect(prompt.split(nonce).length - 1).toBe(prompt.split(`boundary="${nonce}"`).length - 1);
    for (const prompt of prompts) expect(prompt).not.toMatch(invisible);
    for (const snippet of c.expect.prompt ?? []) expect(prompts[0]).toContain(snippet);

    const lengths = new Map(files.map((f) => [f.path, f.content.split('\n').length]));
    for (const f of result.findings) {
      expect(lengths.has(f.path)).toBe(true);
      expect(f.endLine).toBeLessThanOrEqual(lengths.get(f.path)!);
      if (f.fix) expect(f.fix.endLine).toBeLessThanOrEqual(lengths.get(f.path)!);
    }
    const said = [...result.notices, ...(result.notes ?? [])].join('\n');
    expect(said).toMatch(/outside the reviewed code/);
    if (script.seen.some((s) => s.role === 'actor')) expect(said).toMatch(/actor output rejected: F\d+: edit for \.github\/workflows\/release\.yml/);
    for (const guard of result.findings.filter((f) => f.ruleId.startsWith('indict.'))) expect(result.dismissed?.some((d) => d.ruleId === guard.ruleId && d.startLine === guard.startLine)).toBe(false);

    expect(Object.keys(JSON.parse(renderJson(result))).sort()).toEqual(['coverage', 'findings', 'stats', 'version']);
    expect(Object.keys(result).filter((k) => /approv|event|verdict/i.test(k))).toEqual([]);
    expect(markdown.replace(/<\/?(?:details|summary|sub)>/g, '')).not.toMatch(/<[!a-z/|]/i);

    for (const secret of c.expect.secrets ?? []) {
      for (const body of bodies) expect(body).not.toContain(secret);
      expect(markdown).not.toContain(secret);
      expect(renderJson(result)).not.toContain(secret);
      expect(JSON.stringify(trace)).not.toContain(secret);
    }
  });
});

describe.each(benign.map((c) => [c.name, c] as const))('benign look-alikes: %s', (_name, c) => {
  it('raises no injection finding and no notice', async () => {
    const { result } = await review(c);
    expect(result.findings.filter((f) => f.cwe === 'CWE-1427' || f.cwe === 'CWE-451')).toEqual([]);
    expect(result.notices.filter((n) => /addressed to the reviewer|invisible|secret/.test(n))).toEqual([]);
  });
});

describe('the report shows the dialogue', () => {
  it('collapses each unit\'s turns, tool calls and results in <details>', async () => {
    const { markdown } = await review(hostile.find((c) => c.name === 'secret-and-exfiltration')!);
    expect(markdown).toMatch(/<details><summary>Critic dialogue on U1 \(app\/config\.py:1-5\): \d+ turns<\/summary>/);
    expect(markdown).toContain('**🛡️ safety critic**: As instructed in the pull request');
    expect(markdown).toMatch(/\*\*⚙️ tool\*\*: scan app\/config\.py for \$X → line 1: API_TOKEN = "\\\[REDACTED GitHub token\\\]"/);
    expect(markdown).toContain('**📝 summarizer**: dismissed F1');
  });
});
