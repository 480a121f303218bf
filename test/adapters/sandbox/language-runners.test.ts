import { expect, it } from 'vitest';
import type { SandboxLanguage } from '../../../src/ports/sandbox.js';
import { createTestSandbox, describeSandbox, expectExited } from './create-test-sandbox.js';

const sandbox = createTestSandbox({ limits: { wallTimeMs: 20_000, cpuSeconds: 10 } });
const { available, missing } = await sandbox.toolchains();
if (missing.length > 0) console.warn(`sandbox toolchains missing: ${missing.map((m) => `${m.language} (${m.reason})`).join('; ')}`);

/** Each program reads a line from stdin and its first argument, and prints both (proves stdin and args). */
const PROGRAMS: Record<SandboxLanguage, { ok: string; broken: string }> = {
  python: { ok: 'import sys\nprint("hello", input(), sys.argv[1])', broken: 'def f(:\n    pass' },
  javascript: { ok: 'const line = require("fs").readFileSync(0, "utf8").trim();\nconsole.log("hello", line, process.argv[2]);', broken: 'function f( {' },
  c: { ok: '#include <stdio.h>\nint main(int argc, char **argv) { char b[64]; if (!fgets(b, sizeof b, stdin)) return 1; b[2] = 0; printf("hello %s %s\\n", b, argv[1]); return 0; }', broken: 'int main( { return 0; }' },
  cpp: { ok: '#include <iostream>\n#include <string>\nint main(int argc, char **argv) { std::string s; std::getline(std::cin, s); std::cout << "hello " << s << " " << argv[1] << "\\n"; }', broken: 'int main() { std::cout << 1 }' },
  java: { ok: 'import java.util.Scanner;\npublic class Greeter {\n  public static void main(String[] args) {\n    String line = new Scanner(System.in).nextLine();\n    System.out.println("hello " + line + " " + args[0]);\n  }\n}', broken: 'public class Broken { void f( }' },
  rust: { ok: 'use std::io::BufRead;\nfn main() { let line = std::io::stdin().lock().lines().next().unwrap().unwrap(); let arg = std::env::args().nth(1).unwrap(); println!("hello {} {}", line, arg); }', broken: 'fn main() { let x = ; }' },
  go: { ok: 'package main\nimport ("bufio"; "fmt"; "os")\nfunc main() { s := bufio.NewScanner(os.Stdin); s.Scan(); fmt.Println("hello", s.Text(), os.Args[1]) }', broken: 'package main\nfunc main() {' },
  php: { ok: '<?php\n$line = trim(fgets(STDIN));\necho "hello $line {$argv[1]}\\n";', broken: '<?php\nfunction f( {' },
  ruby: { ok: 'line = $stdin.gets.strip\nputs "hello #{line} #{ARGV[0]}"', broken: 'def f(\n' },
};

describeSandbox('bubblewrap sandbox: runners and syntax checks', () => {
  for (const { language, reason } of missing) it.skip(`${language}: toolchain missing (${reason})`, () => undefined);

  for (const { language } of available) {
    it.concurrent(`${language}: runs a program with stdin and args`, async () => {
      const r = expectExited(await sandbox.run({ language, code: PROGRAMS[language].ok, stdin: 'in\n', args: ['arg one'] }));
      expect({ code: r.code, stage: r.stage, stdout: r.stdout }).toEqual({ code: 0, stage: 'run', stdout: 'hello in arg one\n' });
    });

    it.concurrent(`${language}: syntax check passes good code and rejects broken code`, async () => {
      const [good, bad] = await Promise.all([
        sandbox.check({ language, code: PROGRAMS[language].ok }),
        sandbox.check({ language, code: PROGRAMS[language].broken }),
      ]);
      expect(good).toMatchObject({ kind: 'ok' });
      expect(bad).toMatchObject({ kind: 'syntax-error', detail: expect.stringMatching(/\S/) });
    });
  }

  it.concurrent('a compile error is reported as exited at the compile stage', async ({ skip }) => {
    if (!available.some((t) => t.language === 'c')) skip('gcc missing');
    const r = expectExited(await sandbox.run({ language: 'c', code: PROGRAMS.c.broken }));
    expect(r).toMatchObject({ stage: 'compile', code: 1 });
    expect(r.stderr).toMatch(/error/);
  });

  it.concurrent('a crash is reported with its signal; extra files land in the work dir', async () => {
    const r = expectExited(await sandbox.run({ language: 'python', code: 'import os, signal\nprint(open("data/input.txt").read(), flush=True)\nos.kill(os.getpid(), signal.SIGSEGV)', files: { 'data/input.txt': 'payload' } }));
    expect(r).toMatchObject({ stage: 'run', code: null, signal: 'SIGSEGV', stdout: 'payload\n' });
  });

  it('rejects extra file paths that leave the work dir', async () => {
    await expect(sandbox.run({ language: 'python', code: '', files: { '../x': '' } })).rejects.toThrow(/inside the work dir/);
  });

  it('reports a missing toolchain as toolchain-missing', async () => {
    const bare = createTestSandbox({ toolchains: { python: ['/nonexistent/python3'] } });
    expect(await bare.run({ language: 'python', code: 'print(1)' })).toMatchObject({ kind: 'toolchain-missing', language: 'python' });
  });
});
