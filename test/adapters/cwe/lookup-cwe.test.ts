import { describe, expect, it } from 'vitest';
import { lookupCwe } from '../../../src/adapters/cwe/lookup-cwe.js';

describe('lookupCwe', () => {
  it('reads MITRE\'s entry offline', () => {
    const entry = lookupCwe('CWE-89');
    expect(entry).toMatch(/^CWE-89: Improper Neutralization of Special Elements used in an SQL Command/);
    expect(entry).toContain('Mitigations:');
  });

  it.each([
    ['78', /^CWE-78: .*OS Command Injection/],
    ['CWE-999999', /not in the offline catalogue/],
    ['drop table', /not a CWE id/],
  ])('%s', (id, pattern) => {
    expect(lookupCwe(id)).toMatch(pattern);
  });
});
