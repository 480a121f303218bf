import type { SourceFile } from '../../core/change-set.js';
import { detectLanguage, isLanguage } from '../../core/detect-language.js';
import type { AstGrepAnalyzer } from '../../adapters/analyzers/ast-grep/ast-grep-analyzer.js';
import { lookupCwe } from '../../adapters/cwe/lookup-cwe.js';
import type { CriticToolPorts } from '../../indict/critic-tools.js';

const listFindings = (findings: { startLine: number; ruleId: string; cwe: string | null; title: string }[]) =>
  findings.length === 0 ? 'no findings' : findings.map((f) => `line ${f.startLine}: ${f.ruleId} ${f.cwe ?? ''} ${f.title}`).join('\n');

/** The critics' tools over this change: ast-grep scans of files or snippets, the sandbox, the CWE catalogue. */
export function createCriticTools(astGrep: AstGrepAnalyzer, files: readonly SourceFile[], run?: CriticToolPorts['run']): CriticToolPorts {
  const byPath = new Map(files.map((file) => [file.path, file]));
  return {
    async scan({ path, pattern, language, code }) {
      if (code) {
        const lang = language && isLanguage(language) ? language : path ? detectLanguage(path) : null;
        if (!lang) return `unknown language ${language ?? ''}`;
        return listFindings(astGrep.scanFile({ path: path ?? 'snippet', content: code, language: lang }));
      }
      const file = path ? byPath.get(path) : undefined;
      if (!file) return `no file ${path ?? '(none given)'} in this change`;
      if (!pattern) return listFindings(astGrep.scanFile(file));
      const matches = astGrep.match(file, pattern);
      return matches.length === 0 ? 'no match' : matches.slice(0, 20).map((m) => `line ${m.startLine}: ${m.text.split('\n')[0]}`).join('\n');
    },
    run,
    cwe: lookupCwe,
  };
}
