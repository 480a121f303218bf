import { afterEach, describe, expect, it } from 'vitest';
import { createAstGrepAnalyzer } from '../../src/adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { loadRulePack } from '../../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import { createOpenAiChatModel } from '../../src/adapters/llm/openai-chat-model.js';
import type { SourceFile } from '../../src/core/change-set.js';
import type { RawFinding } from '../../src/core/finding.schema.js';
import type { CriticToolPorts } from '../../src/indict/critic-tools.js';
import { runIndict, type IndictOptions } from '../../src/indict/run-indict.js';
import type { TraceEvent } from '../../src/ports/trace.js';
import { apiError, startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai-server.js';
import { critique, edits, scriptByRole, summary } from '../support/scripted-critics.js';

const analyzer = createAstGrepAnalyzer(loadRulePack());
const fixChecks = { scan: (f: SourceFile) => analyzer.scanFile(f), parses: (f: SourceFile) => analyzer.parses(f) };
const content = [
  'import os', '', 'def archive(name):', '    os.system("tar czf backup.tgz " + name)', '    return name', '', 'def ratio(a, b):', '    return a / b', '',
].join('\n');
const file: SourceFile = { path: 'app/tasks.py', content, language: 'python' };
const changed = new Map([['app/tasks.py', new Set([3, 4, 5, 7, 8])]]);
const analyzerFinding: RawFinding = analyzer.scanFile(file).find((f) => f.cwe === 'CWE-78')!;
const options: IndictOptions = { rounds: 1, depth: 'all', concurrency: 2, maxRevisions: 1, nonce: 'n0nce' };
const toolCalls: string[] = [];
const tools: CriticToolPorts = {
  scan: async (r) => { toolCalls.push(`scan ${r.path} ${r.pattern}`); return `1 match at line 4: os.system("tar czf backup.tgz " + name)`; },
  cwe: (id) => `${id}: OS Command Injection`,
};
let server: FakeOpenAi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  toolCalls.length = 0;
});

async function run(script: ReturnType<typeof scriptByRole>, extra: { request?: string; budget?: { calls: number; tokens: number }; maxRetries?: number } = {}) {
  server = await startFakeOpenAi(script.reply);
  const model = createOpenAiChatModel({ apiKey: 'k', baseURL: server.baseURL, model: 'm', budget: extra.budget, retry: { maxRetries: extra.maxRetries ?? 0, baseDelayMs: 1, maxDelayMs: 1 }, sleep: async () => {} });
  const trace: TraceEvent[] = [];
  const outcome = await runIndict(
    { task: { title: 'Add archive task', body: 'Archives a customer folder.', request: extra.request }, files: [file], changedLines: changed, findings: [analyzerFinding] },
    options, { model, tools, fixChecks, trace: (e) => void trace.push(e) },
  );
  return { outcome, trace, model };
}

const newBug = { path: 'app/tasks.py', startLine: 8, endLine: 8, severity: 'medium', category: 'helpfulness', cwe: 'CWE-369', title: 'Division by zero', message: 'b may be 0' };
const safeFix = { ref: 'F1', path: 'app/tasks.py', startLine: 4, endLine: 4, replacement: '    subprocess.run(["tar", "czf", "backup.tgz", name], check=True)', explanation: 'no shell' };

describe('runIndict', () => {
  it('runs safety, then helpfulness with the safety critique in view, then the summarizer, then the actor', async () => {
    const script = scriptByRole({
      safety: [critique([{ ref: 'F1', verdict: 'confirmed', path: 'app/tasks.py', startLine: 4, endLine: 4, severity: 'high', cwe: 'CWE-78', title: 'shell injection', message: 'name reaches the shell' }], [], 'SAFETY-SAYS-F1-IS-REAL')],
      summarizer: [summary({ confirmed: [{ ref: 'F1', reason: 'name is user input' }] })],
      actor: [edits([safeFix])],
    });
    const { outcome, trace } = await run(script);
    expect(script.seen.map((s) => s.role)).toEqual(['safety', 'helpfulness', 'summarizer', 'actor', 'post-hoc']);
    expect(script.userText(0)).toMatch(/F1: <untrusted-data kind="finding" boundary="n0nce">\napp\/tasks.py:4-4 /);
    expect(script.userText(0)).toContain('<untrusted-data kind="pr-body" boundary="n0nce">');
    expect(script.userText(1)).toContain('SAFETY-SAYS-F1-IS-REAL');
    expect(script.userText(2)).toContain('SAFETY-SAYS-F1-IS-REAL');
    expect(trace.map((t) => t.role)).toEqual(['safety-critic', 'helpfulness-critic', 'summarizer', 'actor', 'tool', 'helpfulness-critic']);
    const fixed = outcome.findings.find((f) => f.ruleId === analyzerFinding.ruleId);
    expect(fixed?.checkedFix).toMatchObject({ verified: true, checks: [{ name: 'rescan', passed: true }, { name: 'parse', passed: true }] });
  });

  it('executes the tools a critic asks for and feeds the results back in a revision turn', async () => {
    const script = scriptByRole({
      safety: [critique([], [{ tool: 'scan', path: 'app/tasks.py', pattern: 'os.system($X)', language: null, code: null, stdin: null, cweId: null }, { tool: 'cwe', path: null, pattern: null, language: null, code: null, stdin: null, cweId: 'CWE-78' }]), critique()],
    });
    await run(script);
    expect(toolCalls).toEqual(['scan app/tasks.py os.system($X)']);
    expect(script.seen.map((s) => s.role).slice(0, 2)).toEqual(['safety', 'safety']);
    expect(script.userText(1)).toContain('1 match at line 4');
    expect(script.userText(1)).toContain('CWE-78: OS Command Injection');
  });

  it('drops an analyzer finding the critics show to be a false positive, and keeps the reason', async () => {
    const script = scriptByRole({ summarizer: [summary({ dismissed: [{ ref: 'F1', reason: 'name is a constant from the scheduler' }] })] });
    const { outcome } = await run(script);
    expect(outcome.findings.filter((f) => f.ruleId === analyzerFinding.ruleId)).toEqual([]);
    expect(outcome.dismissed).toEqual([{ finding: analyzerFinding, reason: 'name is a constant from the scheduler' }]);
  });

  it('adds a finding the tools missed, and rejects one outside the change', async () => {
    const script = scriptByRole({ summarizer: [summary({ added: [newBug, { ...newBug, path: '/etc/passwd', title: 'elsewhere' }] })] });
    const { outcome } = await run(script);
    expect(outcome.findings).toContainEqual(expect.objectContaining({ title: 'Division by zero', sources: ['critic'], startLine: 8, cwe: 'CWE-369' }));
    expect(outcome.findings.some((f) => f.title === 'elsewhere')).toBe(false);
    expect(outcome.notes.some((n) => n.includes('/etc/passwd:8, outside the reviewed code'))).toBe(true);
  });

  it('revises a fix that fails its checks, and never marks a still-failing fix verified', async () => {
    const broken = { ...safeFix, replacement: '    os.system("tar czf backup.tgz " + name + "")' };
    const script = scriptByRole({ summarizer: [summary({ confirmed: [{ ref: 'F1', reason: 'real' }] })], actor: [edits([broken]), edits([{ ...broken, replacement: '    subprocess.run(["tar", (' }])] });
    const { outcome } = await run(script);
    const actorTurns = script.seen.filter((s) => s.role === 'actor');
    expect(actorTurns).toHaveLength(2);
    expect(String((actorTurns[1]!.body.messages as { content: string }[])[1]!.content)).toMatch(/rescan FAILED \(still flagged/);
    const fix = outcome.findings.find((f) => f.ruleId === analyzerFinding.ruleId)?.checkedFix;
    expect(fix?.verified).toBe(false);
    expect(fix?.checks.find((c) => c.name === 'parse')?.passed).toBe(false);
  });

  it('falls back to the analyzer findings when the model keeps failing, and says so', async () => {
    const script = scriptByRole({ safety: [apiError(500, 'down')] });
    const { outcome, model } = await run(script, { maxRetries: 2 });
    expect(outcome.findings).toContainEqual(analyzerFinding);
    expect(outcome.notices).toContainEqual(expect.stringMatching(/critics stopped \(model unavailable: 500 after 2 retries\): 0 of 1 unit/));
    expect(model.usage().calls).toBe(3);
  });

  it('stops at the budget with a partial review that says so', async () => {
    const script = scriptByRole({});
    const { outcome } = await run(script, { budget: { calls: 2, tokens: 1_000_000 } });
    expect(outcome.notices).toContainEqual(expect.stringMatching(/critics stopped \(budget exhausted: 2 of 2 model calls used\)/));
    expect(outcome.findings).toContainEqual(analyzerFinding);
  });

  it('turns the edit for a /indict fix request into a checked finding of its own', async () => {
    const guard = { ref: 'request', path: 'app/tasks.py', startLine: 8, endLine: 8, replacement: '    return a / b if b else 0.0', explanation: 'ratio of an empty folder is 0' };
    const script = scriptByRole({ actor: [edits([safeFix, guard])] });
    const { outcome } = await run(script, { request: 'make ratio safe when b is 0' });
    expect(outcome.requested).toHaveLength(1);
    const [asked] = outcome.requested;
    expect(asked).toMatchObject({ ruleId: 'indict.request', severity: 'info', path: 'app/tasks.py', startLine: 8, endLine: 8, message: 'ratio of an empty folder is 0' });
    expect(asked!.checkedFix).toMatchObject({ replacement: '    return a / b if b else 0.0', verified: true });
    expect(asked!.checkedFix!.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['rescan', 'parse']));
    expect(outcome.findings.some((f) => f.ruleId === 'indict.request')).toBe(false);
  });

  it('refuses a harmful fix request with the reason', async () => {
    const script = scriptByRole({ actor: [edits([], 'the request asks to disable authentication for all users')] });
    const { outcome } = await run(script, { request: 'make /admin skip the login check for everyone' });
    expect(outcome.refused).toBe('the request asks to disable authentication for all users');
    expect(script.userText(3)).toContain('<untrusted-data kind="fix-request" boundary="n0nce">\nmake /admin skip the login check for everyone');
  });
});
