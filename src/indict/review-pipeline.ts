import type { ChangeSet, SkippedFile, SourceFile } from '../core/change-set.js';
import { addedLines, visibleLines } from '../core/changed-lines.js';
import { filterToDiff, type DiffScope } from '../core/filter-to-diff.js';
import { fingerprintFindings } from '../core/fingerprint.js';
import { severityRank, type Finding, type RawFinding } from '../core/finding.schema.js';
import { mergeFindings } from '../core/merge-findings.js';
import type { Review } from '../core/review.js';
import { partitionFiles, type SkipPolicy } from '../core/skip-policy.js';
import type { Analyzer } from '../ports/analyzer.js';
import type { TraceSink } from '../ports/trace.js';
import { checkFix, type FixCheckPorts } from './check-fix.js';

export interface ReviewInput {
  changeSet: ChangeSet;
  /** New contents of the changed files that still exist (not deleted, not binary). */
  files: readonly SourceFile[];
  /** Files the loader already set aside (binary…). */
  skipped: readonly SkippedFile[];
  scope: DiffScope;
  skipPolicy?: SkipPolicy;
}

export interface ReviewPorts {
  analyzers: readonly Analyzer[];
  fixChecks?: FixCheckPorts;
  now: () => number;
  trace?: TraceSink;
  notices?: readonly string[];
}

function linesInScope(changeSet: ChangeSet, scope: DiffScope): Map<string, Set<number>> {
  const byPath = new Map<string, Set<number>>();
  for (const file of changeSet.files) {
    if (file.newPath) byPath.set(file.newPath, scope === 'added' ? addedLines(file) : visibleLines(file));
  }
  return byPath;
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

async function verifyFixes(findings: (RawFinding & { id: string })[], files: Map<string, SourceFile>, ports: ReviewPorts): Promise<Finding[]> {
  return Promise.all(findings.map(async ({ proposedFix, startColumn: _s, endColumn: _e, ...finding }) => {
    const file = files.get(finding.path);
    if (!proposedFix || !file || !ports.fixChecks) return { ...finding, fix: null };
    return { ...finding, fix: await checkFix(file, { ...finding, proposedFix }, proposedFix, ports.fixChecks) };
  }));
}

/** The tools-only review: ground, filter to the diff, merge, fingerprint, gate fixes, report. */
export async function runReview(input: ReviewInput, ports: ReviewPorts): Promise<Review> {
  const started = ports.now();
  const notices = [...(ports.notices ?? [])];
  const { reviewed, skipped } = partitionFiles(input.files, input.skipPolicy);
  const raw = await runAnalyzers(reviewed, ports, notices);
  const inDiff = filterToDiff(raw, linesInScope(input.changeSet, input.scope));
  const files = new Map(reviewed.map((file) => [file.path, file]));
  const identified = fingerprintFindings(mergeFindings(inDiff), (path) => files.get(path)?.content);
  const findings = (await verifyFixes(identified, files, ports)).sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.path.localeCompare(b.path) || a.startLine - b.startLine,
  );
  return {
    findings,
    coverage: { filesReviewed: reviewed.map((file) => file.path), filesSkipped: [...input.skipped, ...skipped] },
    stats: { llmCalls: 0, promptTokens: 0, completionTokens: 0, durationMs: Math.round(ports.now() - started) },
    notices,
  };
}
