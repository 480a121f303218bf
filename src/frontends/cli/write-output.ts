import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to `path` all at once (temp file + rename), or to stdout when no path: never a half-written file. */
export async function writeOutput(text: string, path: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  if (!path) {
    stdout.write(text);
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
