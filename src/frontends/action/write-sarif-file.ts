import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderSarif } from '../../core/render-sarif.js';
import type { Review } from '../../core/review.js';
import { version } from '../shared/version.js';

/** The review as SARIF 2.1.0 at `path`, rooted at the workspace, ready for github/codeql-action/upload-sarif. */
export async function writeSarifFile(review: Review, path: string, workspace: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(renderSarif(review, { toolVersion: version, root: workspace }), null, 2)}\n`);
}
