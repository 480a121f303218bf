import type { ChangeSet, SkippedFile, SourceFile } from '../core/change-set.js';
import { linesInScope } from '../core/changed-lines.js';
import { filterToDiff, type DiffScope } from '../core/filter-to-diff.js';
import { fingerprintFindings } from '../core/fingerprint.js';
import { compareFindings, type Finding, type RawFinding } from '../core/finding.schema.js';
import { mergeFindings } from '../core/merge-findings.js';
import type { Review } from '../core/review.js';
import { partitionFiles, type SkipPolicy } from '../core/skip-policy.js';
import type { Analyzer } from '../ports/analyzer.js';
import type { TraceSink } from '../ports/trace.js';
import { checkFix, type FixCheckPorts } from './check-fix.js';
import type { ChatModel } from '../ports/chat-model.js';
import type { CriticToolPorts } from './critic-tools.js';
import type { PullRequestTask } from './render-unit-context.js';
import { guardInput } from './input-guards.js';
import { runIndict, type IndictFinding, type IndictOptions } from './run-indict.js';

export interface ReviewInput {
  changeSet: ChangeSet;
  /** New contents of the changed files that still exist (not deleted, not binary). */
  files: readonly SourceFile[];
  /** Files the loader already set aside (binary…). */
  skipped: readonly SkippedFile[];
  scope: DiffScope;
  skipPolicy?: SkipPolicy;
  /** The pull request (title, body) or the `/indict fix` request: untrusted text for the critics. */
  task?: PullRequestTask;
}

/** The INDICT engine's ports and options; absent means a tools-only review. */
export interface CriticsSetup {
  model: ChatModel;
  tools: CriticToolPorts;
  options: IndictOptions;
}

export interface ReviewPorts {
  analyzers: readonly Analyzer[];
  fixChecks?: FixCheckPorts;
  now: () => number;
  trace?: TraceSink;
  notices?: readonly string[];
  critics?: CriticsSetup;
}

async function runAnalyzers(files: readonly SourceFile[], ports: ReviewPorts, notices: string[]): Promise<RawFinding[]> {
  const results = await Promise.all(ports.analyzers.map(async (analyzer) => {
    const started = ports.now();
    try {
      const result = await analyzer.analyze(files);
      notices.push(...result.warnings);
      ports.trace?.({ role: 'tool', tool: analyzer.name, files: files.length, findings: result.findings.length, warnings: result.warnings, durationMs: Math.round(ports.now() - started) });
      return result.findings;
    } catch (error) {
      notices.push(`${analyzer.name} unavailable: ${(error as Error).message.split('\n')[0]}`);
      return [];
    }
  }));
  return results.flat();
}

async function verifyFixes(findings: (IndictFinding & { id: string })[], files: Map<string, SourceFile>, ports: ReviewPorts): Promise<Finding[]> {
  return Promise.all(findings.map(async ({ proposedFix, checkedFix, startColumn: _s, endColumn: _e, ...finding }) => {
    if (checkedFix) return { ...finding, fix: { startLine: checkedFix.startLine, endLine: checkedFix.endLine, replacement: checkedFix.replacement, verified: checkedFix.verified, checks: checkedFix.checks } };
    const file = files.get(finding.path);
    if (!proposedFix || !file || !ports.fixChecks) return { ...finding, fix: null };
    return { ...finding, fix: await checkFix(file, { ...finding, proposedFix }, proposedFix, ports.fixChecks) };
  }));
}

function modelStats(model: ChatModel | undefined) {
  const usage = model?.usage() ?? { calls: 0, promptTokens: 0, completionTokens: 0 };
  return { llmCalls: usage.calls, promptTokens: usage.promptTokens, completionTokens: usage.completionTokens };
}

/** The review: ground, filter to the diff, merge, fingerprint, gate fixes, report. */
export async function runReview(input: ReviewInput, ports: ReviewPorts): Promise<Review> {
  const started = ports.now();
  const notices = [...(ports.notices ?? [])];
  const notes: string[] = [];
  const { reviewed, skipped } = partitionFiles(input.files, input.skipPolicy);
  const raw = await runAnalyzers(reviewed, ports, notices);
  const scoped = linesInScope(input.changeSet, input.scope);
  const merged = mergeFindings(filterToDiff(raw, scoped));
  const files = new Map(reviewed.map((file) => [file.path, file]));
  let judged: IndictFinding[] = merged;
  let dismissed: Review['dismissed'] = [];
  let dialogue: Review['dialogue'];
  let refusedRequest: string | undefined;
  if (ports.critics && ports.fixChecks) {
    const outcome = await runIndict(
      { task: input.task ?? { title: '', body: '' }, files: reviewed, changedLines: scoped, findings: merged },
      ports.critics.options,
      { model: ports.critics.model, tools: ports.critics.tools, fixChecks: ports.fixChecks, trace: ports.trace },
    );
    notices.push(...outcome.notices);
    notes.push(...outcome.notes, ...(outcome.refused ? [`fix request refused: ${outcome.refused}`] : []));
    refusedRequest = outcome.refused ?? undefined;
    // The requested change is the writer's own ask, checked like any fix: it is not filtered to the diff or merged away.
    judged = [...mergeFindings(filterToDiff(outcome.findings, scoped)), ...outcome.requested];
    dialogue = outcome.dialogue;
    dismissed = outcome.dismissed.map(({ finding, reason }) => ({ path: finding.path, startLine: finding.startLine, ruleId: finding.ruleId, title: finding.title, reason }));
  } else {
    // Tools-only: the input guards still report committed secrets and text aimed at AI reviewers.
    const guarded = guardInput(input.task ?? { title: '', body: '' }, reviewed, scoped);
    notices.push(...guarded.notices);
    judged = mergeFindings([...merged, ...guarded.findings]);
  }
  const identified = fingerprintFindings(judged, (path) => files.get(path)?.content);
  const findings = (await verifyFixes(identified, files, ports)).sort(compareFindings);
  return {
    findings,
    coverage: { filesReviewed: reviewed.map((file) => file.path), filesSkipped: [...input.skipped, ...skipped] },
    stats: { ...modelStats(ports.critics?.model), durationMs: Math.round(ports.now() - started) },
    notices,
    notes,
    dismissed,
    ...(dialogue ? { dialogue } : {}),
    ...(refusedRequest ? { refusedRequest } : {}),
  };
}
