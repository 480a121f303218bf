import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { prettifyError } from 'zod';
import { BenchRecordSchema, type BenchRecord } from './bench-record.schema.js';
import { UsageError } from './usage-error.js';

async function benchFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new UsageError(`cannot read benchmark ${path}: no such file or directory`);
  });
  if (!info.isDirectory()) return [path];
  return (await readdir(path)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(path, name));
}

/** Records of a JSONL file (or of every `*.jsonl` in a directory), validated line by line, filtered, limited. */
export async function readBenchRecords(path: string, filter: { source?: string; language?: string; limit?: number }): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  for (const file of await benchFiles(path)) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new UsageError(`${file}:${index + 1}: not a JSON object`);
      }
      const parsed = BenchRecordSchema.safeParse(json);
      if (!parsed.success) throw new UsageError(`${file}:${index + 1}: ${prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ').replace(/✖ /g, '')}`);
      const record = parsed.data;
      if ((!filter.source || record.source === filter.source) && (!filter.language || record.language === filter.language)) records.push(record);
    }
  }
  return filter.limit ? records.slice(0, filter.limit) : records;
}
