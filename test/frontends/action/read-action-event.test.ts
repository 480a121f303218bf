import { describe, expect, it } from 'vitest';
import { toActionEvent } from '../../../src/frontends/action/read-action-event.js';
import { issueCommentPayload, pullRequestPayload } from '../../e2e/action/payloads.js';

describe('toActionEvent', () => {
  it('reviews a same-repo pull_request with a writable token, a fork one read-only', () => {
    expect(toActionEvent('pull_request', pullRequestPayload(3))).toEqual({ kind: 'review', number: 3, readOnly: false });
    expect(toActionEvent('pull_request', pullRequestPayload(3, 'mallory/shop'))).toEqual({ kind: 'review', number: 3, readOnly: true });
  });

  it('treats a deleted head repository as a fork, and pull_request_target as writable', () => {
    const gone = pullRequestPayload(3);
    (gone.pull_request.head as { repo: unknown }).repo = null;
    expect(toActionEvent('pull_request', gone)).toMatchObject({ readOnly: true });
    expect(toActionEvent('pull_request_target', pullRequestPayload(3, 'mallory/shop'))).toMatchObject({ readOnly: false });
  });

  it('skips closed pull requests, comments on issues, edited comments and bots', () => {
    expect(toActionEvent('pull_request', pullRequestPayload(3, 'acme/shop', 'closed')).kind).toBe('skip');
    const onIssue = issueCommentPayload(3, 'alice', '/indict fix');
    delete (onIssue.issue as { pull_request?: unknown }).pull_request;
    expect(toActionEvent('issue_comment', onIssue).kind).toBe('skip');
    expect(toActionEvent('issue_comment', { ...issueCommentPayload(3, 'alice', '/indict fix'), action: 'edited' }).kind).toBe('skip');
    const bot = issueCommentPayload(3, 'indict[bot]', '/indict fix');
    bot.comment.user = { login: 'indict[bot]', type: 'Bot' };
    expect(toActionEvent('issue_comment', bot).kind).toBe('skip');
  });

  it('reads a PR comment and the workflow_dispatch number', () => {
    expect(toActionEvent('issue_comment', issueCommentPayload(9, 'alice', '/indict fix please'))).toEqual({ kind: 'comment', number: 9, comment: { id: 4242, author: 'alice', body: '/indict fix please' } });
    expect(toActionEvent('workflow_dispatch', { inputs: { pr: '#12' } })).toEqual({ kind: 'review', number: 12, readOnly: false });
  });

  it('explains bad events in one line', () => {
    expect(() => toActionEvent('workflow_dispatch', { inputs: {} })).toThrow('workflow_dispatch needs an input `pr` with the pull request number');
    expect(() => toActionEvent('push', {})).toThrow('indict does not handle the push event: run it on pull_request, issue_comment or workflow_dispatch');
    expect(() => toActionEvent('pull_request', { pull_request: { number: 'x' } })).toThrow(/^the pull_request event payload is not what GitHub sends: pull_request\.number/);
  });
});
