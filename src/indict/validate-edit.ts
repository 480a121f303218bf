import type { ReviewUnit } from './build-units.js';
import type { ActorEdit } from './indict.schema.js';

/** Model output is checked against the change: the path must be in the unit and the lines inside one of its segments. */
export function validateEdit(edit: ActorEdit, unit: ReviewUnit, lineCount: (path: string) => number): string | null {
  const segments = unit.segments.filter((s) => s.path === edit.path);
  if (segments.length === 0) return `edit for ${edit.path}, which is not in this review unit`;
  if (!Number.isInteger(edit.startLine) || edit.startLine < 1 || edit.endLine < edit.startLine) return `edit with bad lines ${edit.startLine}-${edit.endLine}`;
  if (edit.endLine > lineCount(edit.path)) return `edit past the end of ${edit.path}`;
  if (!segments.some((s) => edit.startLine >= s.startLine && edit.endLine <= s.endLine)) return `edit outside the reviewed lines of ${edit.path}`;
  return null;
}
