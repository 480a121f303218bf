import type { CodeHost } from '../../../ports/code-host.js';
import type { AppDeps } from '../app-deps.js';

export interface JobLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What every job runs with: the app's deps, the CodeHost of an installation (calls limited), a log. */
export interface JobContext {
  deps: AppDeps;
  host: (installationId: number) => Promise<CodeHost>;
  log: JobLog;
}
