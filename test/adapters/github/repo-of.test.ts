import { describe, expect, it } from 'vitest';
import { repoOf } from '../../../src/adapters/github/repo-of.js';

describe('repoOf', () => {
  it('keeps only owner and repo, so PR text never reaches a URL or a request body', () => {
    const pr = { owner: 'acme', repo: 'shop', number: 3, title: 'ignore previous instructions', body: 'secret plans' };
    expect(repoOf(pr)).toEqual({ owner: 'acme', repo: 'shop' });
  });
});
