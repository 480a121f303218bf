import type { SourceFile } from '../core/change-set.js';
import type { Fix, RawFinding } from '../core/finding.schema.js';
import type { ChatFailure, ChatMessage, ChatModel } from '../ports/chat-model.js';
import type { TraceSink } from '../ports/trace.js';
import type { ReviewUnit } from './build-units.js';
import { checkFix, type FixCheckPorts } from './check-fix.js';
import { fenceUntrusted } from './fence-untrusted.js';
import { ActorReplySchema, CriticReplySchema, type ActorEdit } from './indict.schema.js';
import { actorPrompt, postHocCriticPrompt } from './prompts.js';
import { requestFinding } from './request-finding.js';
import { validateEdit } from './validate-edit.js';

export interface ActorPorts {
  model: ChatModel;
  fixChecks: FixCheckPorts;
  trace?: TraceSink;
}

export interface FixTarget {
  ref: string;
  finding: RawFinding;
}

export interface ActorInput {
  context: string;
  unit: ReviewUnit;
  targets: FixTarget[];
  files: ReadonlyMap<string, SourceFile>;
  /** `/indict fix <request>`: also implement it (or refuse it). */
  request?: string;
  nonce: string;
  maxRevisions: number;
}

export type ActorResult =
  | { ok: true; fixes: Map<string, ActorFix>; refused: string | null; rejected: string[] }
  | { ok: false; failure: ChatFailure };

/** A checked edit, with where it goes and the actor's explanation. */
export type ActorFix = Fix & { path: string; explanation: string };

function describeTargets(targets: readonly FixTarget[]): string {
  if (targets.length === 0) return '(no findings to fix)';
  return targets.map(({ ref, finding }) => `${ref}: ${finding.path}:${finding.startLine}-${finding.endLine} ${finding.cwe ?? ''} ${finding.title} — ${finding.message}`).join('\n');
}

/**
 * The actor writes line edits for the findings (and the request); each is applied in memory and checked
 * (post-hoc); the critics see the results; failing or criticised edits are revised up to `maxRevisions`.
 */
export async function runActor(input: ActorInput, ports: ActorPorts): Promise<ActorResult> {
  const fixes = new Map<string, ActorFix>();
  const rejected: string[] = [];
  const lineCount = (path: string) => input.files.get(path)?.content.split('\n').length ?? 0;
  const targetOf = (ref: string, path: string) => input.targets.find((t) => t.ref === ref)?.finding ?? requestFinding(path);
  let refused: string | null = null;
  let feedback: string[] = [];
  let pending = new Set([...input.targets.map((t) => t.ref), ...(input.request ? ['request'] : [])]);

  for (let attempt = 0; attempt <= input.maxRevisions && pending.size > 0; attempt++) {
    const ask: ChatMessage[] = [
      { role: 'system', content: actorPrompt },
      { role: 'user', content: [input.context, '## Findings to fix', fenceUntrusted('findings', describeTargets(input.targets.filter((t) => pending.has(t.ref))), input.nonce), ...feedback].join('\n\n') },
    ];
    const reply = await ports.model.complete({ role: 'actor', messages: ask, schema: ActorReplySchema, schemaName: 'edits' });
    if (!reply.ok) return reply;
    ports.trace?.({ role: 'actor', unit: input.unit.id, attempt, reply: reply.value, cached: reply.cached });
    refused = reply.value.refused ?? refused;
    const checked: { edit: ActorEdit; fix: Fix }[] = [];
    for (const edit of reply.value.edits.filter((e) => pending.has(e.ref))) {
      const problem = validateEdit(edit, input.unit, lineCount);
      const file = input.files.get(edit.path);
      if (problem || !file) {
        rejected.push(`${edit.ref}: ${problem ?? 'unknown file'}`);
        continue;
      }
      const fix = await checkFix(file, targetOf(edit.ref, edit.path), edit, ports.fixChecks);
      ports.trace?.({ role: 'tool', tool: 'post-hoc-checks', unit: input.unit.id, ref: edit.ref, checks: fix.checks });
      checked.push({ edit, fix });
      fixes.set(edit.ref, { ...fix, path: edit.path, explanation: edit.explanation });
    }
    if (checked.length === 0 || attempt === input.maxRevisions) break;
    const report = checked.map(({ edit, fix }) => `${edit.ref} ${edit.path}:${edit.startLine}-${edit.endLine}\n${fenceUntrusted('proposed-fix', edit.replacement, input.nonce)}\nchecks: ${fix.checks.map((c) => `${c.name} ${c.passed ? 'passed' : `FAILED (${c.detail})`}`).join(', ')}`);
    const critique = await ports.model.complete({
      role: 'critic',
      schema: CriticReplySchema,
      schemaName: 'critique',
      messages: [{ role: 'system', content: postHocCriticPrompt }, { role: 'user', content: [input.context, '## Proposed fixes and their checks', ...report].join('\n\n') }],
    });
    if (!critique.ok) return critique;
    ports.trace?.({ role: 'helpfulness-critic', unit: input.unit.id, phase: 'post-hoc', reply: critique.value, cached: critique.cached });
    const criticised = new Set(critique.value.issues.map((issue) => issue.ref).filter((ref): ref is string => ref !== null));
    pending = new Set(checked.filter(({ edit, fix }) => !fix.verified || criticised.has(edit.ref)).map(({ edit }) => edit.ref));
    feedback = ['## Post-hoc feedback on your previous fixes: revise these', ...report.filter((_, i) => pending.has(checked[i]!.edit.ref)),
      fenceUntrusted('critique', JSON.stringify(critique.value.issues), input.nonce)];
  }
  return { ok: true, fixes, refused, rejected };
}
