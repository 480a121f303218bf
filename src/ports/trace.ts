/** One line of the `--trace` JSONL transcript (contract roles). */
export interface TraceEvent {
  role: 'safety-critic' | 'helpfulness-critic' | 'summarizer' | 'actor' | 'tool';
  [key: string]: unknown;
}

export type TraceSink = (event: TraceEvent) => void;
