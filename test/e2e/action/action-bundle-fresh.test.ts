import { describe, expect, it } from 'vitest';
import { compareActionBundle } from '../../../scripts/check-action.js';

describe('action/dist', () => {
  it('matches a fresh build of the sources (run npm run build:action and commit it when this fails)', async () => {
    expect(await compareActionBundle()).toEqual([]);
  }, 120_000);
});
