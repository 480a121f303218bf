import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { SourceFile } from '../../../core/change-set.js';
import type { AnalyzeResult } from '../../../ports/analyzer.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { FileScan, ScanWorker } from './scan-pool.js';

/** Requests kept in flight per worker, so it never waits on this thread between files. */
const inFlight = 2;

function scanHere(file: SourceFile, scanFile: (file: SourceFile) => RawFinding[]): FileScan {
  try {
    return { findings: scanFile(file) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Scans `files` on this thread and on the workers at once, each taking the next file when free; results
 * are put back in file order, so the outcome is the in-thread scan's. A worker that failed to start is
 * left out; one that dies while scanning rejects the whole scan with its ScanPoolError.
 */
export async function scanInParallel(files: readonly SourceFile[], scanFile: (file: SourceFile) => RawFinding[], workers: readonly ScanWorker[], signal?: AbortSignal): Promise<AnalyzeResult> {
  const scans: FileScan[] = new Array<FileScan>(files.length);
  let next = 0;
  let failed = false;
  const take = (): number => {
    signal?.throwIfAborted();
    return next < files.length && !failed ? next++ : -1;
  };
  const local = async () => {
    for (let index = take(); index >= 0; index = take()) {
      scans[index] = scanHere(files[index]!, scanFile);
      await yieldToEvents(); // let worker replies in, and hand out their next files
    }
  };
  const remote = async (worker: ScanWorker) => {
    if (!(await worker.ready)) return; // never started (no loader, no addon): the others take its share
    try {
      for (let index = take(); index >= 0; index = take()) scans[index] = await worker.scan(files[index]!);
    } catch (error) {
      failed = true; // stop the other lanes too
      throw error;
    }
  };
  await Promise.all([local(), ...workers.flatMap((worker) => Array.from({ length: inFlight }, () => remote(worker)))]);
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  scans.forEach((scan, index) => {
    if ('error' in scan) warnings.push(`ast-grep: ${files[index]!.path}: ${scan.error}`);
    else findings.push(...scan.findings);
  });
  return { findings, warnings };
}
