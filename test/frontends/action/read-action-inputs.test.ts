import { describe, expect, it } from 'vitest';
import { readActionInputs } from '../../../src/frontends/action/read-action-inputs.js';

const base = { 'INPUT_GITHUB-TOKEN': 't', RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/work/repo' };

describe('readActionInputs', () => {
  it('applies the defaults of action.yml and expands $RUNNER_TEMP', () => {
    expect(readActionInputs({ ...base, 'INPUT_SARIF-OUTPUT': '$RUNNER_TEMP/indict.sarif' })).toEqual({
      githubToken: 't', openaiApiKey: undefined, openaiBaseUrl: undefined, model: undefined, failOn: 'high',
      sarifOutput: '/runner/tmp/indict.sarif', configPath: '.github/indict.yml', cacheDir: '/runner/tmp/indict-cache',
    });
  });

  it('resolves a relative SARIF path from the workspace and takes the model inputs', () => {
    const inputs = readActionInputs({ ...base, 'INPUT_SARIF-OUTPUT': 'out/r.sarif', 'INPUT_OPENAI-API-KEY': 'sk', INPUT_MODEL: 'm', 'INPUT_FAIL-ON': 'none' });
    expect(inputs).toMatchObject({ sarifOutput: '/work/repo/out/r.sarif', openaiApiKey: 'sk', model: 'm', failOn: 'none' });
  });

  it('names the bad input in one line', () => {
    expect(() => readActionInputs({ ...base, 'INPUT_GITHUB-TOKEN': ' ' })).toThrow('input github-token is empty: pass a token (the default is the workflow token)');
    expect(() => readActionInputs({ ...base, 'INPUT_FAIL-ON': 'severe' })).toThrow('input fail-on must be one of critical, high, medium, low, none');
  });
});
