// Build step: compiles rules/**/*.yml into dist/rule-pack.json (validated, without the rules' own tests).
import { writeCompiledPack } from '../dist/adapters/analyzers/ast-grep/load-scan-rules.js';

const count = writeCompiledPack();
console.log(`indict: compiled ${count} rules into dist/rule-pack.json`);
