import type { SgNode } from '@ast-grep/napi';

/** Expands `$$$NAME` and `$NAME` in an ast-grep fix template with what the match bound. */
export function expandFixTemplate(template: string, node: SgNode): string {
  const expanded = template.replace(/\$\$\$([A-Z_][A-Z0-9_]*)|\$([A-Z_][A-Z0-9_]*)/g, (whole, multi?: string, single?: string) => {
    if (multi) {
      const nodes = node.getMultipleMatches(multi);
      const first = nodes[0];
      const last = nodes[nodes.length - 1];
      if (!first || !last) return '';
      const source = node.getRoot().root().text();
      return source.slice(first.range().start.index, last.range().end.index);
    }
    const name = single ?? '';
    return node.getTransformed(name) ?? node.getMatch(name)?.text() ?? whole;
  });
  return expanded;
}

/** Turns a node-level replacement into a whole-line edit (1-based, inclusive), as suggestions need. */
export function toLineEdit(content: string, node: SgNode, replacementText: string) {
  const { start, end } = node.range();
  const lineStart = content.lastIndexOf('\n', start.index - 1) + 1;
  const nextBreak = content.indexOf('\n', end.index);
  const lineEnd = nextBreak === -1 ? content.length : nextBreak;
  const indent = /^[ \t]*/.exec(content.slice(lineStart, start.index))?.[0] ?? '';
  const body = replacementText.replace(/\n/g, `\n${indent}`);
  const replacement = content.slice(lineStart, start.index) + body + content.slice(end.index, lineEnd);
  return { startLine: start.line + 1, endLine: end.line + 1, replacement: replacement.replace(/\r$/, '') };
}
