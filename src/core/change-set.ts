/** A parsed change: what a diff says about each file. Pure data, produced by parse-unified-diff. */
/** `copied`: a new file at newPath, made from oldPath (which still exists); its hunks apply to oldPath's content. */
export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';

export interface DiffLine {
  kind: 'add' | 'del' | 'context';
  /** The line without its terminator (no trailing "\r" when `crlf` is set). */
  text: string;
  /** 1-based line in the old file (del, context). */
  oldLine?: number;
  /** 1-based line in the new file (add, context). */
  newLine?: number;
  /** The line was followed by "\ No newline at end of file". */
  noNewlineAtEnd?: boolean;
  /** The line ended in "\r" before its "\n" (or before the end of the file, with `noNewlineAtEnd`). */
  crlf?: boolean;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The section heading after the second `@@` (e.g. a function signature), or "". */
  header: string;
  lines: DiffLine[];
}

export interface FileChange {
  /** null for added files */
  oldPath: string | null;
  /** null for deleted files */
  newPath: string | null;
  status: FileStatus;
  binary: boolean;
  hunks: Hunk[];
  /** File modes as the diff gives them ("100644", "100755", "120000" symlink, "160000" submodule). */
  oldMode?: string;
  newMode?: string;
  /** Percent, for renamed and copied files. */
  similarity?: number;
}

export interface ChangeSet {
  files: FileChange[];
}

/** A file ready for analysis: its path in the new tree and its full new content. */
export interface SourceFile {
  path: string;
  content: string;
  language: string | null;
}

export interface SkippedFile {
  path: string;
  reason: string;
}
