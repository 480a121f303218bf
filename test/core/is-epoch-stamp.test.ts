import { describe, expect, it } from 'vitest';
import { isEpochStamp } from '../../src/core/is-epoch-stamp.js';

describe('isEpochStamp', () => {
  it.each([
    ['1970-01-01 00:00:00.000000000 +0000', true],
    ['1969-12-31 19:00:00.000000000 -0500', true],
    ['1970-01-01 01:00:00 +0100', true],
    ['1970-01-01 00:00:00', true],
    ['Thu Jan  1 00:00:00 1970', true],
    ['1970-01-01 00:00:01.000000000 +0000', false],
    ['2024-01-02 03:04:05.000000000 +0000', false],
    ['', false],
    ['(revision 0)', false],
  ])('%j -> %s', (stamp, expected) => {
    expect(isEpochStamp(stamp)).toBe(expected);
  });
});
