import { hasIndictMarker } from '../../shared/commands/marker.js';

/** Comments by bots (indict included) never run commands: no loops, no bot talking another into acting. */
export function isBotComment(comment: { body: string; user: { login: string; type?: string } | null }, sender?: { type?: string }): boolean {
  const user = comment.user;
  return !user || user.type === 'Bot' || sender?.type === 'Bot' || user.login.endsWith('[bot]') || hasIndictMarker(comment.body);
}
