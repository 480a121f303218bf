import type { FileChange } from '../../core/change-set.js';
import { parseUnifiedDiff } from '../../core/parse-unified-diff.js';
import type { PullRequestFile } from '../../ports/code-host.js';

/**
 * One file of a PR's files list as a FileChange: GitHub gives only the hunks (`patch`), so the git headers
 * (paths, new file, rename) are added before parsing. Throws DiffParseError when the patch does not parse.
 */
export function buildFileFromPatch(file: PullRequestFile & { patch: string }): FileChange {
  const oldPath = file.previousPath ?? file.path;
  const header = [`diff --git a/${oldPath} b/${file.path}`];
  if (file.status === 'added') header.push('new file mode 100644', '--- /dev/null', `+++ b/${file.path}`);
  else if (file.status === 'removed') header.push('deleted file mode 100644', `--- a/${oldPath}`, '+++ /dev/null');
  else {
    if (file.previousPath && file.previousPath !== file.path) {
      header.push(`${file.status === 'copied' ? 'copy' : 'rename'} from ${oldPath}`, `${file.status === 'copied' ? 'copy' : 'rename'} to ${file.path}`);
    }
    header.push(`--- a/${oldPath}`, `+++ b/${file.path}`);
  }
  const patch = file.patch.endsWith('\n') ? file.patch : `${file.patch}\n`;
  const parsed = parseUnifiedDiff(`${header.join('\n')}\n${patch}`).files[0];
  if (!parsed) throw new Error(`no file in the patch of ${file.path}`);
  return parsed;
}
