/** A git-style unified diff that adds `path` with `content` (a new-code pull request). */
export function renderNewFileDiff(path: string, content: string): string {
  if (content === '') return `diff --git a/${path} b/${path}\nnew file mode 100644\n`;
  const endsWithNewline = content.endsWith('\n');
  const lines = (endsWithNewline ? content.slice(0, -1) : content).split('\n');
  const body = lines.map((line) => `+${line}`).join('\n');
  return `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${body}\n${endsWithNewline ? '' : '\\ No newline at end of file\n'}`;
}
