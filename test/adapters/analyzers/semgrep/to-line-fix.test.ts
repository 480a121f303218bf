import { describe, expect, it } from 'vitest';
import { toLineFix } from '../../../../src/adapters/analyzers/semgrep/to-line-fix.js';

const at = (line: number, col: number) => ({ line, col });

describe('toLineFix', () => {
  it('keeps the text around the match on its first and last lines', () => {
    const content = 'a = 1\nx = eval(\n  data)  # note\nb = 2\n';
    expect(toLineFix(content, at(2, 5), at(3, 8), 'json.loads(data)')).toEqual({
      startLine: 2, endLine: 3, replacement: 'x = json.loads(data)  # note',
    });
  });

  it('counts columns in bytes, as Semgrep does, and ignores CRLF', () => {
    const content = 'msg = "héllo"; run(msg, shell=True)\r\n';
    const start = Buffer.byteLength('msg = "héllo"; run(msg, shell=') + 1;
    expect(toLineFix(content, at(1, start), at(1, start + 4), 'False')?.replacement).toBe('msg = "héllo"; run(msg, shell=False)');
  });

  it('gives up on ranges outside the file', () => {
    expect(toLineFix('one line\n', at(3, 1), at(3, 2), 'x')).toBeNull();
    expect(toLineFix('one line\n', at(1, 40), at(1, 41), 'x')).toBeNull();
  });
});
