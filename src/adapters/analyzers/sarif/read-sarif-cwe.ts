import { normalizeCwe } from '../normalize-cwe.js';
import type { ReportingDescriptor, SarifResult } from './sarif-log.schema.js';

type Reference = { id?: string; toolComponent?: { name?: string } };

function fromReferences(references: readonly Reference[]): string | null {
  for (const { id, toolComponent } of references) {
    if (id === undefined) continue;
    const cwe = /^\d+$/.test(id) && toolComponent?.name?.toUpperCase() === 'CWE' ? `CWE-${Number(id)}` : normalizeCwe(id);
    if (cwe) return cwe;
  }
  return null;
}

/** CWE from tags (`external/cwe/cwe-089`, `CWE-89: …`), then rule relationships, then result taxa. */
export function readSarifCwe(result: SarifResult, rule: ReportingDescriptor | undefined): string | null {
  const tags = [...(rule?.properties?.tags ?? []), ...(result.properties?.tags ?? [])];
  return (
    normalizeCwe(tags)
    ?? fromReferences((rule?.relationships ?? []).map((relationship) => relationship.target))
    ?? fromReferences(result.taxa ?? [])
  );
}
