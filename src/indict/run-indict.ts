import pLimit from 'p-limit';
import type { SourceFile } from '../core/change-set.js';
import type { Fix, RawFinding } from '../core/finding.schema.js';
import type { UnitDialogue } from '../core/review.js';
import type { ChatModel } from '../ports/chat-model.js';
import type { TraceEvent, TraceSink } from '../ports/trace.js';
import { buildUnits, defaultUnitOptions, type ReviewUnit, type UnitOptions } from './build-units.js';
import type { FixCheckPorts } from './check-fix.js';
import type { CriticToolPorts } from './critic-tools.js';
import { deriveNonce } from './derive-nonce.js';
import { describeTurn } from './describe-turn.js';
import { guardInput } from './input-guards.js';
import { renderUnitContext, type PullRequestTask } from './render-unit-context.js';
import { requestFinding } from './request-finding.js';
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
  /** Fence boundary; by default derived from the input (stable, so the response cache hits on re-runs). */
  nonce?: string;
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
  /** Informational lines that do not make the review incomplete (depth-skipped parts, rejected model output). */
  notes: string[];
  refused: string | null;
  /** The actor's checked edits for the `/indict fix` request, one finding per unit that changed something. */
  requested: IndictFinding[];
  /** The dialogue per unit, in short, for the report. */
  dialogue: UnitDialogue[];
}

/** Forwards trace events and keeps each unit's turns for the report. */
function recordDialogue(units: readonly ReviewUnit[], sink: TraceSink | undefined): { trace: TraceSink; dialogue: UnitDialogue[] } {
  const dialogue = units.map((unit) => ({ unit: unit.id, segments: unit.segments.map((s) => `${s.path}:${s.startLine}-${s.endLine}`), turns: [] as UnitDialogue['turns'] }));
  const byId = new Map(dialogue.map((d) => [d.unit, d]));
  const trace = (event: TraceEvent) => {
    byId.get(String(event.unit))?.turns.push(describeTurn(event));
    sink?.(event);
  };
  return { trace, dialogue };
}

/**
 * The INDICT method over a change: guard the input, cut it into units, run the critics' dialogue and the
 * actor on each (concurrently, under a limit), and fold their verdicts into the analyzer findings. A model
 * failure stops the critics and leaves the analyzer findings standing, and says so.
 */
export async function runIndict(input: IndictInput, options: IndictOptions, ports: IndictPorts): Promise<IndictOutcome> {
  const guarded = guardInput(input.task, input.files, input.changedLines);
  const notices = [...guarded.notices];
  const notes: string[] = [];
  const evidence = [...input.findings, ...guarded.findings];
  const { units, leftOut } = buildUnits(input.files, input.changedLines, evidence, { ...defaultUnitOptions, depth: options.depth, ...options.unit });
  if (leftOut.length) notes.push(`critics skipped ${leftOut.length} part(s) without analyzer signals or risky APIs (depth: signals): ${leftOut.map((s) => `${s.path}:${s.startLine}-${s.endLine}`).join(', ')}`);
  const files = new Map(input.files.map((f) => [f.path, f]));
  const nonce = options.nonce ?? deriveNonce(input.task, input.files);
  const recorded = recordDialogue(units, ports.trace);
  const unitPorts = { ...ports, trace: recorded.trace };
  let stopped: string | null = null;
  const results = new Map<ReviewUnit, Awaited<ReturnType<typeof summaryToFindings>>>();
  const requested: IndictFinding[] = [];
  let refused: string | null = null;

  const limit = pLimit(options.concurrency);
  await Promise.all(units.map((unit) => limit(async () => {
    if (stopped) return;
    const context = renderUnitContext({ task: guarded.task, unit, nonce, contentOf: (path) => guarded.redacted.get(path) ?? '' });
    const dialogue = await runDialogue(context, unit.id, options.rounds, nonce, unitPorts);
    if (!dialogue.ok) {
      stopped ??= dialogue.failure.message;
      return;
    }
    const folded = summaryToFindings(dialogue.summary, unit);
    const actor = await runActor({ context, unit, targets: folded.toFix, files, request: guarded.task.request, nonce, maxRevisions: options.maxRevisions }, unitPorts);
    if (!actor.ok) {
      stopped ??= actor.failure.message;
      results.set(unit, folded);
      return;
    }
    refused ??= actor.refused;
    for (const [ref, fix] of actor.fixes) {
      const target = folded.toFix.find((t) => t.ref === ref);
      if (target) (target.finding as IndictFinding).checkedFix = fix;
      else if (ref === 'request') requested.push(requestFinding(fix.path, fix));
    }
    notes.push(...actor.rejected.map((r) => `actor output rejected: ${r}`), ...folded.rejected);
    results.set(unit, folded);
  })));

  const reviewed = units.filter((u) => results.has(u));
  if (stopped) notices.push(`critics stopped (${stopped}): ${reviewed.length} of ${units.length} unit(s) reviewed by the critics; the rest is a tools-only review`);
  const proposed = [...results.values()].flatMap((r) => r.dismissed);
  const dismissed = guarded.attacked ? [] : proposed;
  if (guarded.attacked && proposed.length) notices.push(`the critics dismissed ${proposed.length} analyzer finding(s), but this change contains text addressed to AI reviewers, so the dismissals were not applied`);
  const dismissedSet = new Set(dismissed.map((d) => d.finding));
  const findings: IndictFinding[] = [
    ...evidence.filter((f) => !dismissedSet.has(f)),
    ...[...results.values()].flatMap((r) => r.added),
  ];
  const dialogue = recorded.dialogue.filter((d) => d.turns.length > 0);
  return { findings, dismissed, notices, notes, refused, requested, dialogue };
}
