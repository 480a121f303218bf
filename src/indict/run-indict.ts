import pLimit from 'p-limit';
import type { SourceFile } from '../core/change-set.js';
import type { Fix, RawFinding } from '../core/finding.schema.js';
import type { ChatModel } from '../ports/chat-model.js';
import type { TraceSink } from '../ports/trace.js';
import { buildUnits, defaultUnitOptions, type ReviewUnit, type UnitOptions } from './build-units.js';
import type { FixCheckPorts } from './check-fix.js';
import type { CriticToolPorts } from './critic-tools.js';
import { guardInput } from './input-guards.js';
import { renderUnitContext, type PullRequestTask } from './render-unit-context.js';
import { runActor } from './run-actor.js';
import { runDialogue } from './run-dialogue.js';
import { summaryToFindings } from './summary-to-findings.js';

export interface IndictInput {
  task: PullRequestTask;
  files: readonly SourceFile[];
  changedLines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Analyzer findings on the change (filtered to the diff and merged). */
  findings: readonly RawFinding[];
}

export interface IndictOptions {
  rounds: number;
  depth: UnitOptions['depth'];
  concurrency: number;
  maxRevisions: number;
  nonce: string;
  unit?: Partial<UnitOptions>;
}

export interface IndictPorts {
  model: ChatModel;
  tools: CriticToolPorts;
  fixChecks: FixCheckPorts;
  trace?: TraceSink;
}

export type IndictFinding = RawFinding & { checkedFix?: Fix };

export interface IndictOutcome {
  findings: IndictFinding[];
  dismissed: { finding: RawFinding; reason: string }[];
  notices: string[];
  refused: string | null;
}

/**
 * The INDICT method over a change: guard the input, cut it into units, run the critics' dialogue and the
 * actor on each (concurrently, under a limit), and fold their verdicts into the analyzer findings. A model
 * failure stops the critics and leaves the analyzer findings standing, and says so.
 */
export async function runIndict(input: IndictInput, options: IndictOptions, ports: IndictPorts): Promise<IndictOutcome> {
  const guarded = guardInput(input.task, input.files, input.changedLines);
  const notices = [...guarded.notices];
  const evidence = [...input.findings, ...guarded.findings];
  const { units, leftOut } = buildUnits(input.files, input.changedLines, evidence, { ...defaultUnitOptions, depth: options.depth, ...options.unit });
  if (leftOut.length) notices.push(`critics skipped ${leftOut.length} part(s) without analyzer signals or risky APIs (depth: signals): ${leftOut.map((s) => `${s.path}:${s.startLine}-${s.endLine}`).join(', ')}`);
  const files = new Map(input.files.map((f) => [f.path, f]));
  let stopped: string | null = null;
  const results = new Map<ReviewUnit, Awaited<ReturnType<typeof summaryToFindings>>>();
  let refused: string | null = null;

  const limit = pLimit(options.concurrency);
  await Promise.all(units.map((unit) => limit(async () => {
    if (stopped) return;
    const context = renderUnitContext({ task: input.task, unit, nonce: options.nonce, contentOf: (path) => guarded.redacted.get(path) ?? '' });
    const dialogue = await runDialogue(context, unit.id, options.rounds, options.nonce, ports);
    if (!dialogue.ok) {
      stopped ??= dialogue.failure.message;
      return;
    }
    const folded = summaryToFindings(dialogue.summary, unit);
    const actor = await runActor({ context, unit, targets: folded.toFix, files, request: input.task.request, nonce: options.nonce, maxRevisions: options.maxRevisions }, ports);
    if (!actor.ok) {
      stopped ??= actor.failure.message;
      results.set(unit, folded);
      return;
    }
    refused ??= actor.refused;
    for (const [ref, fix] of actor.fixes) {
      const target = folded.toFix.find((t) => t.ref === ref);
      if (target) (target.finding as IndictFinding).checkedFix = fix;
    }
    notices.push(...actor.rejected.map((r) => `actor output rejected: ${r}`), ...folded.rejected);
    results.set(unit, folded);
  })));

  const reviewed = units.filter((u) => results.has(u));
  if (stopped) notices.push(`critics stopped (${stopped}): ${reviewed.length} of ${units.length} unit(s) reviewed by the critics; the rest is a tools-only review`);
  const dismissedSet = new Set([...results.values()].flatMap((r) => r.dismissed.map((d) => d.finding)));
  const findings: IndictFinding[] = [
    ...evidence.filter((f) => !dismissedSet.has(f)),
    ...[...results.values()].flatMap((r) => r.added),
  ];
  return { findings, dismissed: [...results.values()].flatMap((r) => r.dismissed), notices, refused };
}
