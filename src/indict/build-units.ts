import type { SourceFile } from '../core/change-set.js';
import type { RawFinding } from '../core/finding.schema.js';

export interface UnitSegment {
  path: string;
  language: string | null;
  startLine: number;
  endLine: number;
}

/** What one critic dialogue looks at: code segments (whole files when small) and the analyzer evidence in them. */
export interface ReviewUnit {
  id: string;
  segments: UnitSegment[];
  /** Analyzer findings inside the segments, with the refs the critics use ("F1"…). */
  findings: { ref: string; finding: RawFinding }[];
  tokens: number;
}

export interface UnitOptions {
  contextLines: number;
  maxUnitTokens: number;
  depth: 'all' | 'signals';
}

export const defaultUnitOptions: UnitOptions = { contextLines: 20, maxUnitTokens: 6000, depth: 'signals' };

const riskyApi = /\b(exec\w*|eval|system|popen|spawn|subprocess|shell|query|execute|raw|innerHTML|dangerouslySetInnerHTML|document\.write|pickle|marshal|unserialize|deserializ\w*|yaml\.load|readObject|Runtime|ProcessBuilder|Process\.Start|strcpy|strcat|sprintf|gets|memcpy|scanf|malloc|free|unsafe|transmute|password|passwd|secret|token|api_?key|crypto|cipher|md5|sha1|random|redirect|open|readFile|sendFile|fetch|request|urlopen|http|url|path|file|cookie|session|jwt|verify|ssl|tls|cert|sql|html|template|render)\b/i;

/** Rough token count (4 characters a token), enough to pack units under a budget. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

function changedRanges(lines: readonly number[], total: number, context: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const start = Math.max(1, line - context);
    const end = Math.min(total, line + context);
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

function splitRange([start, end]: [number, number], lines: readonly string[], maxTokens: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  let tokens = 0;
  for (let line = start; line <= end; line++) {
    tokens += estimateTokens(`${lines[line - 1] ?? ''}\n`) + 2;
    if (tokens > maxTokens && line > from) {
      out.push([from, line - 1]);
      from = line;
      tokens = estimateTokens(lines[line - 1] ?? '') + 2;
    }
  }
  out.push([from, end]);
  return out;
}

/**
 * Cuts the change into review units: changed lines with surrounding code, small files packed together,
 * large files split, each under `maxUnitTokens`. With depth `signals`, units without analyzer evidence
 * or risky APIs are left out (and listed by the caller as not reviewed by the critics).
 */
export function buildUnits(files: readonly SourceFile[], changedLines: ReadonlyMap<string, ReadonlySet<number>>, findings: readonly RawFinding[], options: UnitOptions = defaultUnitOptions): { units: ReviewUnit[]; leftOut: UnitSegment[] } {
  const pieces: { segment: UnitSegment; tokens: number; text: string }[] = [];
  for (const file of files) {
    const lines = file.content.split('\n');
    const changed = [...(changedLines.get(file.path) ?? [])];
    if (changed.length === 0) continue;
    const whole = estimateTokens(file.content) <= options.maxUnitTokens / 2;
    const ranges = whole ? [[1, lines.length] as [number, number]] : changedRanges(changed, lines.length, options.contextLines);
    for (const range of ranges.flatMap((r) => splitRange(r, lines, options.maxUnitTokens))) {
      const text = lines.slice(range[0] - 1, range[1]).join('\n');
      pieces.push({ segment: { path: file.path, language: file.language, startLine: range[0], endLine: range[1] }, tokens: estimateTokens(text) + (range[1] - range[0] + 1) * 2, text });
    }
  }
  const inSegment = (f: RawFinding, s: UnitSegment) => f.path === s.path && f.startLine >= s.startLine && f.startLine <= s.endLine;
  const leftOut: UnitSegment[] = [];
  const kept = pieces.filter((piece) => {
    const keep = options.depth === 'all' || findings.some((f) => inSegment(f, piece.segment)) || riskyApi.test(piece.text);
    if (!keep) leftOut.push(piece.segment);
    return keep;
  });
  const units: ReviewUnit[] = [];
  for (const piece of kept) {
    const last = units[units.length - 1];
    if (last && last.tokens + piece.tokens <= options.maxUnitTokens) {
      last.segments.push(piece.segment);
      last.tokens += piece.tokens;
    } else {
      units.push({ id: `U${units.length + 1}`, segments: [piece.segment], findings: [], tokens: piece.tokens });
    }
  }
  let ref = 0;
  for (const unit of units) {
    unit.findings = findings.filter((f) => unit.segments.some((s) => inSegment(f, s))).map((finding) => ({ ref: `F${++ref}`, finding }));
  }
  return { units, leftOut };
}
