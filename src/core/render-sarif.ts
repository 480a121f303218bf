import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Log, Result } from 'sarif';
import { buildSarifRules, toSarifLevel } from './build-sarif-rules.js';
import type { Finding } from './finding.schema.js';
import type { Review } from './review.js';

export interface SarifMeta {
  toolVersion: string;
  /** Absolute review root: recorded as `%SRCROOT%` so viewers can find the files. */
  root?: string;
  informationUri?: string;
}

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const indictInformationUri = 'https://github.com/indict/indict';

function artifactLocation(path: string): ArtifactLocation {
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A verified fix as a SARIF fix: the whole lines (with their final newline) replaced by the new text. */
function toSarifFix(finding: Finding): Fix[] | undefined {
  const { fix } = finding;
  if (!fix?.verified) return undefined;
  const passed = fix.checks.filter((check) => check.passed).map((check) => check.name);
  return [{
    description: { text: `Verified by indict (${passed.join(', ') || 'no checks'})` },
    artifactChanges: [{
      artifactLocation: artifactLocation(finding.path),
      replacements: [{
        deletedRegion: { startLine: fix.startLine, startColumn: 1, endLine: fix.endLine + 1, endColumn: 1 },
        insertedContent: { text: `${fix.replacement}\n` },
      }],
    }],
  }];
}

function toSarifResult(finding: Finding, ruleIndex: number): Result {
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: toSarifLevel(finding.severity),
    message: { text: finding.message || finding.title },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(finding.path),
        region: { startLine: finding.startLine, endLine: finding.endLine },
      },
    }],
    partialFingerprints: { 'indict/v1': finding.id },
    properties: { severity: finding.severity, category: finding.category, cwe: finding.cwe, sources: finding.sources },
  };
  const fixes = toSarifFix(finding);
  if (fixes) result.fixes = fixes;
  return result;
}

/** The review as a SARIF 2.1.0 log: one run, one rule per ruleId, one result per finding. Pure. */
export function renderSarif(review: Review, meta: SarifMeta): Log {
  const { rules, indexOf } = buildSarifRules(review.findings);
  const rootUri = meta.root === undefined ? undefined : pathToFileURL(meta.root.endsWith('/') ? meta.root : `${meta.root}/`).href;
  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'indict',
          version: meta.toolVersion,
          semanticVersion: meta.toolVersion,
          informationUri: meta.informationUri ?? indictInformationUri,
          rules,
        },
      },
      ...(rootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } } } : {}),
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: review.notices.map((notice) => ({ level: 'warning' as const, message: { text: notice } })),
      }],
      results: review.findings.map((finding) => toSarifResult(finding, indexOf.get(finding.ruleId) ?? -1)),
    }],
  };
}
