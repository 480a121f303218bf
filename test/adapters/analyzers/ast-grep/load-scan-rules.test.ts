import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScanPack, loadScanRules, writeCompiledPack } from '../../../../src/adapters/analyzers/ast-grep/load-scan-rules.js';
import { necessaryWords } from '../../../../src/adapters/analyzers/ast-grep/necessary-words.js';

const rules = join(import.meta.dirname, '../../../../rules/python');

describe('loadScanRules', () => {
  it('uses the compiled pack while it matches the rule files, and the YAML once a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indict-rules-'));
    cpSync(rules, join(dir, 'python'), { recursive: true });
    const out = join(dir, 'pack.json');
    const count = writeCompiledPack(dir, out);
    expect(count).toBeGreaterThan(0);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    pack.rules[0].title = 'from the compiled pack';
    writeFileSync(out, JSON.stringify(pack));
    expect(loadScanRules(dir, out)[0]?.title).toBe('from the compiled pack');
    expect(loadScanRules(dir, out)[0]).not.toHaveProperty('tests');

    const [first] = pack.rules;
    const file = Object.keys(pack.sources)[0]!;
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n`);
    expect(loadScanRules(dir, out).find((r) => r.id === first.id)?.title).not.toBe('from the compiled pack');
  });

  it('reads the YAML when there is no compiled pack', () => {
    expect(loadScanRules(rules, join(tmpdir(), 'no-such-pack.json')).length).toBeGreaterThan(0);
    expect(loadScanPack(rules, join(tmpdir(), 'no-such-pack.json')).verified).toBe(false);
  });

  it('a compiled pack is verified (every rule compiled at build) and carries each rule\'s prefilter words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indict-rules-'));
    cpSync(rules, join(dir, 'python'), { recursive: true });
    const out = join(dir, 'pack.json');
    writeCompiledPack(dir, out);
    const { rules: loaded, verified } = loadScanPack(dir, out);
    expect(verified).toBe(true);
    for (const rule of loaded) {
      const words = necessaryWords(rule.rule, rule.utils);
      expect(rule.words, rule.id).toEqual(words ? [...words] : null);
    }
    expect(loaded.filter((rule) => rule.words).length).toBeGreaterThan(loaded.length / 2);
  });
});
