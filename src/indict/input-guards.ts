import type { SourceFile } from '../core/change-set.js';
import type { RawFinding } from '../core/finding.schema.js';
import { detectInjection } from './detect-injection.js';
import { redactSecrets } from './redact-secrets.js';
import type { PullRequestTask } from './render-unit-context.js';

export interface GuardedInput {
  /** File contents with secrets redacted: the only text that reaches a prompt. */
  redacted: Map<string, string>;
  findings: RawFinding[];
  notices: string[];
}

const guardFinding = (path: string, line: number, fields: Pick<RawFinding, 'cwe' | 'ruleId' | 'title' | 'message' | 'severity'>): RawFinding => ({
  path, startLine: line, endLine: line, category: 'safety', sources: ['critic'], ...fields,
});

/**
 * Before any prompt: secrets are redacted and reported (never echoed), and text that tries to instruct the
 * reviewer — in the PR title, body, file names or changed code — is reported and then treated as data.
 */
export function guardInput(task: PullRequestTask, files: readonly SourceFile[], changedLines: ReadonlyMap<string, ReadonlySet<number>>): GuardedInput {
  const redacted = new Map<string, string>();
  const findings: RawFinding[] = [];
  const notices: string[] = [];
  for (const [where, text] of [['title', task.title], ['description', task.body], ['fix request', task.request ?? '']] as const) {
    if (detectInjection(text).length > 0) notices.push(`the pull request ${where} contains text addressed to the reviewer; it was treated as data and not followed`);
  }
  for (const file of files) {
    const changed = changedLines.get(file.path) ?? new Set<number>();
    if (detectInjection(file.path).length > 0) notices.push(`the file name ${JSON.stringify(file.path)} contains text addressed to the reviewer; it was treated as data`);
    const { text, secrets } = redactSecrets(file.content);
    redacted.set(file.path, text);
    for (const secret of secrets.filter((s) => changed.has(s.line))) {
      findings.push(guardFinding(file.path, secret.line, {
        cwe: 'CWE-798', ruleId: 'indict.hard-coded-secret', severity: 'high', title: `Hard-coded secret (${secret.kind})`,
        message: `A ${secret.kind} is committed in this change. Revoke and rotate it, then load it from the environment or a secret store; it was redacted before any model saw the code.`,
      }));
    }
    for (const signal of detectInjection(file.content).filter((s) => changed.has(s.line))) {
      findings.push(guardFinding(file.path, signal.line, signal.kind === 'instructions'
        ? { cwe: 'CWE-1427', ruleId: 'indict.prompt-injection', severity: 'medium', title: 'Text addressed to AI reviewers',
          message: 'This line tries to instruct an AI reviewer or assistant. indict treats it as data; maintainers should check why it is here.' }
        : { cwe: 'CWE-451', ruleId: 'indict.invisible-characters', severity: 'medium', title: 'Invisible or bidirectional control characters',
          message: 'This line contains characters that make the code read differently from how it runs (Trojan Source). Remove them.' }));
    }
  }
  return { redacted, findings, notices };
}
