import type { ToolRequest } from './indict.schema.js';
import type { TraceSink } from '../ports/trace.js';
import { redactSecrets } from './redact-secrets.js';

/** What critics may call, built by the front end from the analyzers, the sandbox and the CWE catalogue. */
export interface CriticToolPorts {
  scan(request: { path: string | null; pattern: string | null; language: string | null; code: string | null }): Promise<string>;
  /** Absent when no sandbox works: the critic is told execution is unavailable. */
  run?(request: { language: string; code: string; stdin: string | null }): Promise<string>;
  cwe(id: string): string;
}

export const maxToolCallsPerTurn = 3;
const maxOutput = 2000;

const clip = (text: string) => (text.length > maxOutput ? `${text.slice(0, maxOutput)}\n[… ${text.length - maxOutput} characters cut]` : text);

async function execute(request: ToolRequest, ports: CriticToolPorts): Promise<string> {
  switch (request.tool) {
    case 'scan':
      return ports.scan(request);
    case 'run':
      if (!ports.run) return 'execution unavailable: no working sandbox on this machine';
      if (!request.language || !request.code) return 'run needs language and code';
      return ports.run({ language: request.language, code: request.code, stdin: request.stdin });
    case 'cwe':
      return request.cweId ? ports.cwe(request.cweId) : 'cwe needs cweId';
  }
}

/** Runs at most `maxToolCallsPerTurn` requests of one turn; each result (secrets redacted: tools read the real files) is text for the next turn. */
export async function runToolRequests(requests: readonly ToolRequest[], ports: CriticToolPorts, trace: TraceSink | undefined, context: Record<string, unknown>): Promise<{ request: ToolRequest; output: string }[]> {
  const results: { request: ToolRequest; output: string }[] = [];
  for (const request of requests.slice(0, maxToolCallsPerTurn)) {
    let output: string;
    try {
      output = clip(redactSecrets(await execute(request, ports)).text);
    } catch (error) {
      output = `tool failed: ${(error as Error).message.split('\n')[0]}`;
    }
    trace?.({ role: 'tool', tool: request.tool, ...context, request, output });
    results.push({ request, output });
  }
  if (requests.length > maxToolCallsPerTurn) {
    results.push({ request: requests[maxToolCallsPerTurn]!, output: `only ${maxToolCallsPerTurn} tool calls per turn; ${requests.length - maxToolCallsPerTurn} ignored` });
  }
  return results;
}
