import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/adapters/analyzers/ast-grep/load-rule-pack.js';
import { createAstGrepAnalyzer } from '../../src/adapters/analyzers/ast-grep/ast-grep-analyzer.js';

const extension: Record<string, string> = {
  c: 'c', cpp: 'cpp', csharp: 'cs', go: 'go', java: 'java', javascript: 'js', typescript: 'ts', tsx: 'tsx',
  php: 'php', python: 'py', ruby: 'rb', rust: 'rs',
};

const rules = loadRulePack();
const analyzer = createAstGrepAnalyzer(rules);

describe('rule pack', () => {
  it('has rules for every language indict supports', () => {
    const covered = new Set(rules.flatMap((rule) => rule.languages));
    for (const language of ['c', 'cpp', 'csharp', 'go', 'java', 'javascript', 'typescript', 'php', 'python', 'ruby', 'rust']) {
      expect(covered, language).toContain(language);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      for (const language of rule.languages) {
        const file = (content: string) => ({ path: `snippet.${extension[language]}`, content, language });
        rule.tests.vulnerable.forEach((snippet, index) => {
          it(`flags vulnerable #${index + 1} (${language})`, () => {
            expect(analyzer.parses(file(snippet))).toEqual({ ok: true });
            const hits = analyzer.scanFile(file(snippet)).filter((finding) => finding.ruleId === rule.id);
            expect(hits.length, snippet).toBeGreaterThan(0);
          });
        });
        rule.tests.safe.forEach((snippet, index) => {
          it(`stays quiet on safe #${index + 1} (${language})`, () => {
            expect(analyzer.parses(file(snippet))).toEqual({ ok: true });
            const hits = analyzer.scanFile(file(snippet)).filter((finding) => finding.ruleId === rule.id);
            expect(hits, snippet).toEqual([]);
          });
        });
        if (rule.fix !== undefined) {
          it(`fix removes the finding and still parses (${language})`, () => {
            for (const snippet of rule.tests.vulnerable) {
              const [hit] = analyzer.scanFile(file(snippet)).filter((finding) => finding.ruleId === rule.id);
              if (!hit?.proposedFix) continue;
              const lines = snippet.split('\n');
              lines.splice(hit.proposedFix.startLine - 1, hit.proposedFix.endLine - hit.proposedFix.startLine + 1, hit.proposedFix.replacement);
              const fixed = lines.join('\n');
              expect(analyzer.parses(file(fixed)), fixed).toEqual({ ok: true });
              const again = analyzer.scanFile(file(fixed)).filter((finding) => finding.ruleId === rule.id && finding.startLine === hit.startLine);
              expect(again, fixed).toEqual([]);
            }
          });
        }
      }
    });
  }
});
