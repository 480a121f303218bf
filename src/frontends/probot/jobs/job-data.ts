import type { QueueJob } from '../../../adapters/queue/review-queue.js';
import type { Command } from '../../shared/commands/parse-commands.js';

/** Everything a job needs to act on one pull request; plain JSON (the Redis path stores it). */
export interface PullTarget {
  installationId: number;
  owner: string;
  repo: string;
  number: number;
}

export interface ReviewJobData extends PullTarget {
  kind: 'review';
  /** The head to review (absent: the pull request's current head). */
  headSha?: string;
  /** The pull request was a draft when the event came: reviewed only with `drafts: true`. */
  draft: boolean;
  trigger: string;
  /** Review every file, not only those changed since the reviewed head (`/indict review`, a re-run). */
  full?: boolean;
}

export interface CommandJobData extends PullTarget {
  kind: 'command';
  command: Command;
  comment: { id: number; kind: 'issue' | 'review'; author: string; inReplyTo?: number };
}

export interface FixJobData extends PullTarget {
  kind: 'fix';
  request: string;
  requestedBy: string;
  /** The head when the command came; the fix runs on the head current when it starts (a later push does not drop it). */
  headSha: string;
  /** Where to push; absent when the app may not push there (fork without maintainer edits). */
  push?: { owner: string; repo: string; branch: string };
}

export type JobData = ReviewJobData | CommandJobData | FixJobData;

/** Jobs of one pull request share this lock (they take turns); reviews also share it as key (a newer push supersedes). */
export const pullKey = (t: PullTarget) => `${t.owner}/${t.repo}#${t.number}`;

export const reviewJob = (data: ReviewJobData): QueueJob => ({ lane: 'model', name: 'review', key: pullKey(data), data: { ...data } });
/** A fix is superseded only by a newer `/indict fix`, never by a push: it waits for the review to finish, then runs. */
export const fixJob = (data: FixJobData): QueueJob => ({ lane: 'model', name: 'fix', key: `${pullKey(data)}:fix`, lock: pullKey(data), data: { ...data } });
export const commandJob = (data: CommandJobData): QueueJob => ({ lane: 'github', name: `command:${data.command.name}`, data: { ...data } });
