import { readFile } from 'node:fs/promises';
import { ChangeSourceError } from './change-source-error.js';

export type DiffStdin = NodeJS.ReadableStream | string;

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** The diff text from a file, or from `stdin` (a stream or a string the caller already read) when `source` is "-". */
export async function readDiffInput(source: string, stdin?: DiffStdin): Promise<string> {
  if (source === '-') {
    if (stdin === undefined) throw new ChangeSourceError('indict: --diff - reads standard input, but none was given');
    return typeof stdin === 'string' ? stdin : readStream(stdin);
  }
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new ChangeSourceError(`indict: cannot read diff ${source}: ${reasons[code ?? ''] ?? message.split('\n')[0]}`, { cause: error });
  }
}
