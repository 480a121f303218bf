import { CodeHostError } from '../../ports/code-host-error.js';

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

function detail(data: unknown): string {
  if (!data || typeof data !== 'object') return '';
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const parts = [typeof message === 'string' ? message : ''];
  if (Array.isArray(errors)) parts.push(...errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))));
  return parts.filter(Boolean).join('; ');
}

/** Runs one GitHub call; any failure becomes a CodeHostError with the status and one line naming what failed. */
export async function callGitHub<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CodeHostError) throw error;
    const e = error as RequestErrorLike;
    const status = typeof e.status === 'number' ? e.status : 0;
    const text = (detail(e.response?.data) || e.message || String(error)).split('\n')[0];
    throw new CodeHostError(status, `github: ${what} failed${status ? ` (${status})` : ''}: ${text}`, { cause: error });
  }
}

/** Like callGitHub, but a 404 is `null` (a missing file, a missing config). */
export async function callGitHubOrNull<T>(what: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await callGitHub(what, run);
  } catch (error) {
    if (error instanceof CodeHostError && error.status === 404) return null;
    throw error;
  }
}
