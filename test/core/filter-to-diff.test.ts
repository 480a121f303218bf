import { describe, expect, it } from 'vitest';
import { filterToDiff } from '../../src/core/filter-to-diff.js';
import { rawFinding } from './finding-helpers.js';

const lines = new Map([['app.py', new Set([3, 4])]]);

describe('filterToDiff', () => {
  it.each([
    ['on an added line', { startLine: 3, endLine: 3 }, true],
    ['spanning into an added line', { startLine: 1, endLine: 3 }, true],
    ['above the change', { startLine: 1, endLine: 2 }, false],
    ['below the change', { startLine: 5, endLine: 9 }, false],
    ['in a file outside the diff', { path: 'other.py', startLine: 3, endLine: 3 }, false],
  ])('%s → kept: %s', (_name, overrides, kept) => {
    expect(filterToDiff([rawFinding(overrides)], lines)).toHaveLength(kept ? 1 : 0);
  });
});
