/** A whole-line edit: lines startLine..endLine (1-based, inclusive) become `replacement`. */
export interface LineEdit {
  startLine: number;
  endLine: number;
  replacement: string;
}

/** Applies a line edit to file content, keeping the file's line endings (LF or CRLF). */
export function applyLineEdit(content: string, edit: LineEdit): string {
  const crlf = content.includes('\r\n');
  const lines = content.split('\n');
  const lastHadCr = (lines[edit.endLine - 1] ?? '').endsWith('\r');
  const replacement = edit.replacement
    .split('\n')
    .map((line, index, all) => (crlf && (index < all.length - 1 || lastHadCr) && !line.endsWith('\r') ? `${line}\r` : line));
  lines.splice(edit.startLine - 1, edit.endLine - edit.startLine + 1, ...replacement);
  return lines.join('\n');
}

/** How many lines an edit adds (negative when it removes lines). */
export function lineDelta(edit: LineEdit): number {
  return edit.replacement.split('\n').length - (edit.endLine - edit.startLine + 1);
}
