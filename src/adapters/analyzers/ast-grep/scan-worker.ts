// Worker entry of the scan pool (scan-pool.ts): compiles the pack it is handed once, then scans files on request.
import { parentPort, workerData } from 'node:worker_threads';
import { compileScanRules } from './compile-scan-rules.js';
import type { ScanRule } from './rule.schema.js';
import { createFileScanner } from './scan-source-file.js';
import type { ScanReply, ScanRequest } from './scan-pool.js';

const scanFile = createFileScanner(compileScanRules((workerData as { rules: ScanRule[] }).rules, { check: false }));

parentPort!.postMessage({ ready: true } satisfies ScanReply);
parentPort!.on('message', ({ id, file }: ScanRequest) => {
  let reply: ScanReply;
  try {
    reply = { id, findings: scanFile(file) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
