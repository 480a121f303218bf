import { prettifyError } from 'zod';
import { SarifImportError } from './sarif-import-error.js';
import { SarifLogSchema, type SarifLog } from './sarif-log.schema.js';

/** Parses the text of a SARIF file; anything but a SARIF 2.1.0 log is a SarifImportError. */
export function parseSarifLog(text: string, file: string): SarifLog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SarifImportError(file, 'not JSON', { cause: error });
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== '2.1.0') {
    throw new SarifImportError(file, `not SARIF 2.1.0 (version ${JSON.stringify(version ?? null)})`);
  }
  const parsed = SarifLogSchema.safeParse(json);
  if (!parsed.success) {
    const detail = prettifyError(parsed.error).split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    throw new SarifImportError(file, `not a valid SARIF 2.1.0 log: ${detail}`, { cause: parsed.error });
  }
  return parsed.data;
}
