import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { Analyzer, AnalyzeResult } from '../../../ports/analyzer.js';
import { mapSarifResult } from './map-sarif-result.js';
import { parseSarifLog } from './parse-sarif-log.js';
import { SarifImportError } from './sarif-import-error.js';
import type { SarifLog } from './sarif-log.schema.js';

export interface ImportSarifOptions {
  /** The review root: result paths are made relative to it; results outside it are dropped. */
  root: string;
  readText?: (file: string) => Promise<string>;
}

/** `sarif:<tool.driver.name in kebab case>`, e.g. `sarif:semgrep-oss`, `sarif:codeql`. */
export function toSarifSource(toolName: string): string {
  const slug = toolName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `sarif:${slug || 'unknown'}`;
}

/** Every result of a parsed log as RawFindings, with one warning per run for what was dropped. */
export function mapSarifLog(log: SarifLog, root: string, file: string): AnalyzeResult {
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  for (const run of log.runs) {
    const source = toSarifSource(run.tool.driver.name);
    const outside: string[] = [];
    let unlocated = 0;
    for (const result of run.results ?? []) {
      const mapped = mapSarifResult(result, run, root, source);
      if ('finding' in mapped) findings.push(mapped.finding);
      else if (mapped.dropped === 'outside-root') outside.push(mapped.uri);
      else if (mapped.dropped === 'no-location') unlocated += 1;
    }
    if (outside.length > 0) {
      warnings.push(`${source}: ${file}: dropped ${outside.length} result(s) outside the review root (first: ${outside[0]})`);
    }
    if (unlocated > 0) warnings.push(`${source}: ${file}: dropped ${unlocated} result(s) without a file location`);
  }
  return { findings, warnings };
}

/** Reads `--sarif` files and maps their results; an unreadable or non-SARIF-2.1.0 file throws SarifImportError. */
export async function importSarif(files: readonly string[], options: ImportSarifOptions): Promise<AnalyzeResult> {
  const read = options.readText ?? ((file: string) => readFile(file, 'utf8'));
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await read(file);
    } catch (error) {
      throw new SarifImportError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
    }
    const result = mapSarifLog(parseSarifLog(text, file), options.root, basename(file));
    findings.push(...result.findings);
    warnings.push(...result.warnings);
  }
  return { findings, warnings };
}

/** The imported SARIF files as an Analyzer (`sarif`); the files under review do not change what it reports. */
export function createSarifAnalyzer(options: ImportSarifOptions & { files: readonly string[] }): Analyzer {
  return {
    name: 'sarif',
    analyze: () => importSarif(options.files, options),
  };
}
