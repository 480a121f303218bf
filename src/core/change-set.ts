/** A parsed change: what a diff says about each file. Pure data, produced by parse-unified-diff. */
export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed';

export interface DiffLine {
  kind: 'add' | 'del' | 'context';
  text: string;
  /** 1-based line in the old file (del, context). */
  oldLine?: number;
  /** 1-based line in the new file (add, context). */
  newLine?: number;
  /** The line was followed by "\ No newline at end of file". */
  noNewlineAtEnd?: boolean;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
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
  oldMode?: string;
  newMode?: string;
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
