import type { SandboxLanguage } from '../../ports/sandbox.js';
import type { DetectedToolchain } from './detect-toolchains.js';

/** How a step's memory is capped: RLIMIT_AS, or (JIT runtimes that reserve huge address space) a heap flag. */
export type MemoryCap = 'address-space' | 'heap-flag';

export interface PlannedStep {
  argv: readonly string[];
  memory: MemoryCap;
  /** Compilers are trusted code on untrusted input: more CPU and address space than the snippet gets. */
  kind: 'compile' | 'run' | 'check';
}

export interface RunnerPlan {
  sourceName: string;
  compile: PlannedStep | null;
  run: PlannedStep;
  check: PlannedStep;
  env: Readonly<Record<string, string>>;
}

const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:ActiveProcessorCount=1', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xshare:auto', '-XX:ReservedCodeCacheSize=64m', '-XX:CompressedClassSpaceSize=64m'];

function javaClassName(code: string): string {
  return /\bpublic\s+(?:(?:final|abstract)\s+)*class\s+([A-Za-z_$][\w$]*)/.exec(code)?.[1] ?? 'Main';
}

const step = (kind: PlannedStep['kind'], argv: readonly string[], memory: MemoryCap = 'address-space'): PlannedStep => ({ kind, argv, memory });

/** The runner table: per language, where the source goes and which steps compile, run and check it. */
export function planRunner(language: SandboxLanguage, tool: DetectedToolchain, code: string, heapMb: number): RunnerPlan {
  const b = tool.bin as Record<string, string>;
  const none = {};
  switch (language) {
    case 'python': {
      const checkScript = 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec", dont_inherit=True)';
      return { sourceName: 'main.py', compile: null, run: step('run', [b.python!, '-I', '-B', 'main.py']), check: step('check', [b.python!, '-I', '-B', '-c', checkScript, 'main.py']), env: none };
    }
    case 'javascript': {
      const heap = `--max-old-space-size=${heapMb}`;
      return { sourceName: 'main.js', compile: null, run: step('run', [b.node!, heap, 'main.js'], 'heap-flag'), check: step('check', [b.node!, heap, '--check', 'main.js'], 'heap-flag'), env: { UV_THREADPOOL_SIZE: '2' } };
    }
    case 'c':
    case 'cpp': {
      const [cc, src, std] = language === 'c' ? [b.cc!, 'main.c', '-std=gnu17'] : [b.cxx!, 'main.cpp', '-std=gnu++17'];
      return { sourceName: src, compile: step('compile', [cc, std, '-O1', '-pipe', src, '-o', 'main', '-lm']), run: step('run', ['./main']), check: step('check', [cc, std, '-fsyntax-only', src]), env: none };
    }
    case 'java': {
      const cls = javaClassName(code);
      const javac = [b.javac!, ...JVM_FLAGS.map((f) => `-J${f}`), '-J-Xmx256m', '-proc:none', '-encoding', 'UTF-8'];
      return {
        sourceName: `${cls}.java`,
        compile: step('compile', [...javac, '-d', '.', `${cls}.java`], 'heap-flag'),
        run: step('run', [b.java!, ...JVM_FLAGS, `-Xmx${heapMb}m`, `-XX:MaxDirectMemorySize=${heapMb}m`, '-cp', '.', cls], 'heap-flag'),
        check: step('check', [...javac, '-d', '/tmp', `${cls}.java`], 'heap-flag'),
        env: none,
      };
    }
    case 'rust':
      return { sourceName: 'main.rs', compile: step('compile', [b.rustc!, '--edition=2021', '-C', 'opt-level=1', '-C', 'debuginfo=0', '-C', `linker=${b.cc!}`, 'main.rs', '-o', 'main']), run: step('run', ['./main']), check: step('check', [b.rustc!, '--edition=2021', '--emit=metadata', '-o', '/tmp/main.rmeta', 'main.rs']), env: none };
    case 'go':
      return { sourceName: 'main.go', compile: step('compile', [b.go!, 'build', '-o', 'main', 'main.go']), run: step('run', ['./main']), check: step('check', [b.gofmt!, '-e', '-l', 'main.go']), env: { GOCACHE: '/tmp/go-cache', GOPATH: '/tmp/go', GO111MODULE: 'off', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' } };
    case 'php':
      return { sourceName: 'main.php', compile: null, run: step('run', [b.php!, 'main.php']), check: step('check', [b.php!, '-l', 'main.php']), env: none };
    case 'ruby':
      return { sourceName: 'main.rb', compile: null, run: step('run', [b.ruby!, 'main.rb']), check: step('check', [b.ruby!, '-c', 'main.rb']), env: none };
  }
}
