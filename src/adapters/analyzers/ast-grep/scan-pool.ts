import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../../../core/change-set.js';
import type { RawFinding } from '../../../core/finding.schema.js';
import type { ScanRule } from './rule.schema.js';

export interface ScanRequest { id: number; file: SourceFile }
export type ScanReply = { ready: true } | { id: number; findings: RawFinding[] } | { id: number; error: string };

/** A scan worker died or could not start; the scan it was running cannot be trusted. */
export class ScanPoolError extends Error {
  override readonly name = 'ScanPoolError';
}

/** What one file's scan gave: its findings, or the error the scanner threw on it (a warning, as in-thread). */
export type FileScan = { findings: RawFinding[] } | { error: string };

export interface ScanWorker {
  /** true once the worker has compiled the pack; false if it failed before that (nothing was sent to it). */
  readonly ready: Promise<boolean>;
  scan(file: SourceFile): Promise<FileScan>;
  terminate(): Promise<void>;
}

export interface ScanPoolOptions {
  /** Worker script; defaults to scan-worker next to this module (.ts from sources, when a TS loader is in execArgv). */
  entry?: URL;
  /** V8 old-space cap per worker (parse trees live outside it, in the addon). */
  heapMb?: number;
}

/** The worker script next to this module, or null when it is not there (e.g. inside a single-file bundle). */
export function defaultWorkerEntry(): URL | null {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(source ? './scan-worker.ts' : './scan-worker.js', import.meta.url);
  return existsSync(fileURLToPath(entry)) ? entry : null;
}

/**
 * One worker thread that scans files with its own copy of the compiled pack. Requests are answered in the
 * order sent; the thread holds the process open only while it has work (or is starting). If the thread
 * dies, every pending and later request fails with ScanPoolError instead of waiting forever.
 */
export function startScanWorker(rules: readonly ScanRule[], options: ScanPoolOptions = {}): ScanWorker {
  const entry = options.entry ?? defaultWorkerEntry();
  if (!entry) throw new ScanPoolError('indict: ast-grep scan worker script not found');
  const worker = new Worker(entry, {
    workerData: { rules },
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 256 },
    stdout: false,
    stderr: false,
  });
  const pending = new Map<number, { resolve: (scan: FileScan) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: ScanPoolError | null = null;
  let settleReady: (ready: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (settleReady = resolve));

  const fail = (error: ScanPoolError) => {
    failure ??= error;
    settleReady(false);
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (reply: ScanReply) => {
    if ('ready' in reply) {
      if (pending.size === 0) worker.unref();
      return settleReady(true);
    }
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    waiting.resolve('error' in reply ? { error: reply.error } : { findings: reply.findings });
  });
  worker.on('error', (error) => fail(new ScanPoolError(`indict: ast-grep scan worker failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => fail(new ScanPoolError(`indict: ast-grep scan worker exited (code ${code})`)));

  return {
    ready,
    scan(file) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const reply = new Promise<FileScan>((resolve, reject) => pending.set(id, { resolve, reject }));
      if (pending.size === 1) worker.ref();
      worker.postMessage({ id, file } satisfies ScanRequest);
      return reply;
    },
    async terminate() {
      fail(new ScanPoolError('indict: ast-grep scan worker stopped'));
      await worker.terminate();
    },
  };
}
