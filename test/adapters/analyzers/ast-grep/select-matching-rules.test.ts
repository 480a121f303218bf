import { parse } from '@ast-grep/napi';
import { describe, expect, it } from 'vitest';
import { combineRules, markerOf } from '../../../../src/adapters/analyzers/ast-grep/combine-rules.js';
import { napiLanguage } from '../../../../src/adapters/analyzers/ast-grep/register-languages.js';
import { createRuleSelector } from '../../../../src/adapters/analyzers/ast-grep/select-matching-rules.js';

const root = (code: string) => parse(napiLanguage('python') as never, code).root();

describe('combineRules', () => {
  it('keeps each rule its own utils, renamed, and binds a marker per branch', () => {
    const config = combineRules([{ rule: { matches: 'sink' }, utils: { sink: { pattern: 'eval($X)' } } }, { rule: { matches: 'sink' }, utils: { sink: { pattern: 'exec($X)' } } }], [0, 1]);
    expect(config.utils).toEqual({ r0_sink: { pattern: 'eval($X)' }, r1_sink: { pattern: 'exec($X)' } });
    const [node] = root('exec(a)\n').findAll(config);
    expect(node?.getMatch(markerOf(1))?.text()).toBe('exec(a)');
    expect(node?.getMatch(markerOf(0))).toBeNull();
  });

  it('the marker binds every node, named or not, in every language it is used with', () => {
    for (const [language, code] of [['python', 'x = f(a, "s")\n'], ['javascript', 'let x = a?.b ?? 1;\n'], ['php', '<?php $a = $b . "x";\n'], ['rust', 'fn f() { let a = &b[1..]; }\n'], ['c', 'int f(void) { return *p++; }\n']] as const) {
      const tree = parse(napiLanguage(language) as never, code).root();
      let count = 0;
      const walk = (node: typeof tree): void => {
        count++;
        for (const child of node.children()) walk(child);
      };
      walk(tree);
      expect(tree.findAll({ rule: { pattern: `$$${markerOf(0)}` } }).length, language).toBe(count);
    }
  });
});

describe('createRuleSelector', () => {
  const trees = [
    { rule: { pattern: 'eval($X)' } },
    { rule: { kind: 'call', regex: '^eval' } }, // matches the same node as rule 0: shadowed in the first call
    { rule: { pattern: 'exec($X)' } },
    { rule: { pattern: 'pickle.loads($X)' } },
  ];
  const select = createRuleSelector(trees);

  it('finds every rule that matches, including ones another rule shadows on the same node', () => {
    expect(select(root('eval(a)\n'), [0, 1, 2, 3])).toEqual([0, 1]);
    expect(select(root('exec(a)\npickle.loads(b)\n'), [0, 1, 2, 3])).toEqual([2, 3]);
  });

  it('returns nothing when no rule matches, and only looks at the candidates', () => {
    expect(select(root('print(a)\n'), [0, 1, 2, 3])).toEqual([]);
    expect(select(root('eval(a)\n'), [2, 3])).toEqual([]);
    expect(select(root('eval(a)\n'), [1])).toEqual([1]);
  });

  it('keeps every candidate when the combination does not compile', () => {
    expect(createRuleSelector([{ rule: { kind: 'no_such_kind' } }, { rule: { pattern: 'eval($X)' } }])(root('eval(a)\n'), [0, 1])).toEqual([0, 1]);
  });
});
