import { marker } from './marker.js';
import type { CommandName } from './parse-commands.js';

const needs: Record<CommandName, string> = {
  review: 'the pull request author or someone with write access',
  fix: 'someone with write, maintain or admin access to this repository',
  ignore: 'someone with write, maintain or admin access to this repository',
  help: 'anyone',
};

/** The polite answer to a command its author may not run; nothing else happens. */
export function refusalText(command: CommandName, login: string): string {
  return [
    `Sorry @${login}, \`/indict ${command}\` can only be run by ${needs[command]}, so I have not done anything.`,
    'A maintainer can run it for you. `/indict help` lists the commands.',
    '',
    marker('refusal'),
  ].join('\n');
}
