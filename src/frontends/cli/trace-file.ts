import { writeFile, appendFile } from 'node:fs/promises';
import type { TraceEvent, TraceSink } from '../../ports/trace.js';

/** `--trace <file>`: one JSON line per dialogue turn or tool run, written when the review ends. */
export async function createTraceFile(path: string): Promise<{ sink: TraceSink; close(): Promise<void> }> {
  await writeFile(path, '');
  const lines: string[] = [];
  return {
    sink: (event: TraceEvent) => void lines.push(JSON.stringify({ time: new Date().toISOString(), ...event })),
    close: () => appendFile(path, lines.map((line) => `${line}\n`).join('')),
  };
}
