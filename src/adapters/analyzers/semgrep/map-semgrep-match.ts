import type { RawFinding } from '../../../core/finding.schema.js';
import { normalizeCwe } from '../normalize-cwe.js';
import { summarizeMessage } from '../summarize-message.js';
import { mapSemgrepSeverity } from './map-semgrep-severity.js';
import type { SemgrepMatch } from './semgrep-output.schema.js';
import { toLineFix } from './to-line-fix.js';

/** One Semgrep match as a RawFinding on `path` (the reviewed file), `content` being that file. */
export function mapSemgrepMatch(match: SemgrepMatch, path: string, content: string): RawFinding {
  const { extra } = match;
  const metadata = extra.metadata ?? {};
  const ruleName = match.check_id.split('.').pop() ?? match.check_id;
  const finding: RawFinding = {
    path,
    startLine: match.start.line,
    endLine: Math.max(match.end.line, match.start.line),
    startColumn: Math.max(match.start.col - 1, 0),
    endColumn: Math.max(match.end.col - 1, 0),
    severity: mapSemgrepSeverity(extra.severity, metadata.impact),
    category: 'safety',
    cwe: normalizeCwe(metadata.cwe),
    ruleId: match.check_id,
    sources: ['semgrep'],
    title: summarizeMessage(extra.message, ruleName),
    message: extra.message.trim(),
  };
  if (extra.fix !== undefined) {
    const fix = toLineFix(content, match.start, match.end, extra.fix);
    if (fix) finding.proposedFix = fix;
  }
  return finding;
}
