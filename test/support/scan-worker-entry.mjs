// The ast-grep scan worker from sources, for tests: vitest's transform does not reach worker threads.
import { register } from 'tsx/esm/api';

register();
await import('../../src/adapters/analyzers/ast-grep/scan-worker.ts');
