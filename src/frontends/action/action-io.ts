/** Where a finding is, for a workflow annotation (`::warning file=…,line=…::`). */
export interface AnnotationPlace {
  file: string;
  startLine: number;
  endLine: number;
  title: string;
}

/** What the action says to the runner: log lines, annotations, step outputs, the job summary (a port; @actions/core behind it). */
export interface ActionIo {
  info(line: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
}
