import { marker } from './marker.js';

/** The answer to `/indict help`. */
export function helpText(): string {
  return [
    'indict reviews this pull request for security and helpfulness. Commands (at the start of a line):',
    '',
    '| command | who | what |',
    '| --- | --- | --- |',
    '| `/indict review` | the author, or anyone with write access | review the latest commits again |',
    '| `/indict fix [request]` | write, maintain or admin | commit verified fixes to this branch when indict may push there, otherwise suggest them |',
    '| `/indict ignore [finding-id]` | write, maintain or admin | stop raising a finding (reply to its comment, or give its id) |',
    '| `/indict help` | anyone | this message |',
    '',
    marker('help'),
  ].join('\n');
}
