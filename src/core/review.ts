import type { Finding } from './finding.schema.js';
import type { SkippedFile } from './change-set.js';

export interface Coverage {
  filesReviewed: string[];
  filesSkipped: SkippedFile[];
}

export interface ReviewStats {
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  durationMs: number;
}

/** One turn of the critic dialogue, in short: who spoke (contract trace roles) and what they said or got back. */
export interface DialogueTurn {
  role: 'safety-critic' | 'helpfulness-critic' | 'summarizer' | 'actor' | 'tool';
  text: string;
}

/** The dialogue on one review unit, for the collapsed "why" in the markdown report. */
export interface UnitDialogue {
  unit: string;
  /** `path:start-end` of the code the unit covers. */
  segments: string[];
  turns: DialogueTurn[];
}

/** The outcome of one review, before it is rendered (markdown, JSON, SARIF) or published. */
export interface Review {
  findings: Finding[];
  coverage: Coverage;
  stats: ReviewStats;
  /** One-line notices about what limited the review (tools-only, a tool unavailable, files skipped). */
  notices: string[];
  /** Informational lines that do not limit the review (parts the critics skipped by `depth`, model output set aside). */
  notes?: string[];
  /** Analyzer findings the critics showed to be false positives, with their reason (not reported as findings). */
  dismissed?: { path: string; startLine: number; ruleId: string; title: string; reason: string }[];
  /** The critics' dialogue per unit (markdown only; not part of the JSON report). */
  dialogue?: UnitDialogue[];
  /** Why the actor refused the `/indict fix` request (harmful), when it did. */
  refusedRequest?: string;
}
