import type { SourceFile } from '../core/change-set.js';
import type { RawFinding } from '../core/finding.schema.js';
import { detectInjection } from './detect-injection.js';
import { hasInvisibleCharacters } from './fence-untrusted.js';
import { redactSecrets } from './redact-secrets.js';
import type { PullRequestTask } from './render-unit-context.js';

export interface GuardedInput {
  /** File contents with secrets redacted: the only text that reaches a prompt. */
  redacted: Map<string, string>;
  /** The task with secrets redacted from its title, body, comments and request. */
  task: PullRequestTask;
  findings: RawFinding[];
  notices: string[];
  /** Some text addresses AI reviewers or hides characters: the critics' dismissals are then not applied. */
  attacked: boolean;
}

const guardFinding = (path: string, line: number, fields: Pick<RawFinding, 'cwe' | 'ruleId' | 'title' | 'message' | 'severity'>): RawFinding => ({
  path, startLine: line, endLine: line, category: 'safety', sources: ['critic'], ...fields,
});

/** File names are read with separators as spaces, so `IGNORE_PREVIOUS_INSTRUCTIONS.md` reads as the words it spells. */
const asWords = (path: string) => path.replace(/[_\-./\\]+/g, ' ');

function guardText(where: string, text: string, notices: string[]): string {
  const { text: redacted, secrets } = redactSecrets(text);
  if (secrets.length) notices.push(`the pull request ${where} contains a secret (${[...new Set(secrets.map((s) => s.kind))].join(', ')}); it was redacted before any model saw it — revoke it`);
  const signals = detectInjection(text);
  if (signals.some((s) => s.kind === 'instructions')) notices.push(`the pull request ${where} contains text addressed to the reviewer; it was treated as data and not followed`);
  else if (signals.length) notices.push(`the pull request ${where} contains invisible or bidirectional control characters; they were shown as <U+…> escapes`);
  return redacted;
}

function guardTask(task: PullRequestTask, notices: string[]): PullRequestTask {
  return {
    title: guardText('title', task.title, notices),
    body: guardText('description', task.body, notices),
    ...(task.comments ? { comments: task.comments.map((comment, i) => guardText(`comment ${i + 1}`, comment, notices)) } : {}),
    ...(task.request !== undefined ? { request: guardText('fix request', task.request, notices) } : {}),
  };
}

/**
 * Before any prompt: secrets are redacted and reported (never echoed), and text that tries to instruct the
 * reviewer — in the PR title, body, comments, file names or changed code — is reported and then treated as data.
 */
export function guardInput(task: PullRequestTask, files: readonly SourceFile[], changedLines: ReadonlyMap<string, ReadonlySet<number>>): GuardedInput {
  const redacted = new Map<string, string>();
  const findings: RawFinding[] = [];
  const notices: string[] = [];
  const guardedTask = guardTask(task, notices);
  for (const file of files) {
    const changed = changedLines.get(file.path) ?? new Set<number>();
    if (detectInjection(asWords(file.path)).length > 0 || hasInvisibleCharacters(file.path)) {
      notices.push(`the file name ${JSON.stringify(file.path)} contains text addressed to the reviewer or hidden characters; it was treated as data`);
    }
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
  const attacked = findings.some((f) => f.ruleId !== 'indict.hard-coded-secret') || notices.some((n) => /addressed to the reviewer|invisible/.test(n));
  return { redacted, task: guardedTask, findings, notices, attacked };
}
