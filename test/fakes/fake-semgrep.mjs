// Behaves like `semgrep scan --json` enough for the adapter tests, driven by environment variables:
//   FAKE_SEMGREP_OUTPUT  file whose content is printed on stdout (a recorded output)
//   FAKE_SEMGREP_STDOUT  literal stdout (instead of a file)
//   FAKE_SEMGREP_STDERR  literal stderr
//   FAKE_SEMGREP_EXIT    exit code (default 0)
//   FAKE_SEMGREP_HANG    "1": never exit
//   FAKE_SEMGREP_LOG     file to write {argv, cwd, targets: {path: content}} to
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const env = process.env;
const argv = process.argv.slice(2);

if (env.FAKE_SEMGREP_LOG) {
  const separator = argv.indexOf('--');
  const targets = separator === -1 ? [] : argv.slice(separator + 1);
  const contents = Object.fromEntries(
    targets.map((target) => [target, existsSync(target) ? readFileSync(target, 'utf8') : null]),
  );
  writeFileSync(env.FAKE_SEMGREP_LOG, JSON.stringify({ argv, cwd: resolve('.'), targets: contents }));
}

if (env.FAKE_SEMGREP_HANG === '1') {
  setTimeout(() => {}, 600_000);
} else {
  if (env.FAKE_SEMGREP_STDERR) process.stderr.write(env.FAKE_SEMGREP_STDERR);
  const stdout = env.FAKE_SEMGREP_OUTPUT ? readFileSync(env.FAKE_SEMGREP_OUTPUT, 'utf8') : (env.FAKE_SEMGREP_STDOUT ?? '');
  process.stdout.write(stdout, () => process.exit(Number(env.FAKE_SEMGREP_EXIT ?? 0)));
}
