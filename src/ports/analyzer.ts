import type { RawFinding } from '../core/finding.schema.js';
import type { SourceFile } from '../core/change-set.js';

export interface AnalyzeResult {
  findings: RawFinding[];
  /** Problems that did not stop the analyzer but make its result incomplete (one line each). */
  warnings: string[];
}

/** A static analyzer. `name` is the finding source (`ast-grep`, `semgrep`, `sarif:<tool>`). */
export interface Analyzer {
  readonly name: string;
  analyze(files: readonly SourceFile[], signal?: AbortSignal): Promise<AnalyzeResult>;
}

/** Optional capability: check that content still parses in its language. */
export interface ParseChecker {
  parses(file: SourceFile): { ok: true } | { ok: false; detail: string };
}
