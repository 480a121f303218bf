#!/usr/bin/env node
// Regenerates the diff fixtures from fixtures/diffs/cases/<case>/{old,new}/ (npm run fixtures:diffs):
//   <case>.git.diff       real `git diff --no-index -M old new`, with a/old/ b/new/ rewritten to a/ b/
//   <case>.git-binary.diff  the same with --binary ("GIT binary patch"), for cases with binary files
//   <case>.gnu.diff       real `diff -ruN old new` (TZ=UTC, fixed mtimes), when it has output
//   <case>.expected.json  a summary per format (status, paths, binary, added lines, mode change), computed
//                         from the trees and from per-file `-U0` hunk headers, not from indict's parser.
// A case may hold modes.json ({"new/run.sh": "755"}) for permissions that git checkouts may not keep.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/diffs/', import.meta.url));
const casesDir = join(fixtures, 'cases');
const fixedTime = new Date('2024-01-02T03:04:05Z');
const env = { ...process.env, TZ: 'UTC', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile()).map((path) => path.split('\\').join('/'));
}

/** Copies a case to a scratch dir with both sides present, its modes applied and every mtime fixed. */
function stage(name) {
  const dir = mkdtempSync(join(tmpdir(), `indict-fixture-${name}-`));
  for (const side of ['old', 'new']) {
    const from = join(casesDir, name, side);
    if (existsSync(from)) cpSync(from, join(dir, side), { recursive: true });
    else mkdirSync(join(dir, side));
  }
  const modesFile = join(casesDir, name, 'modes.json');
  const modes = existsSync(modesFile) ? JSON.parse(readFileSync(modesFile, 'utf8')) : {};
  for (const side of ['old', 'new']) {
    for (const path of listFiles(join(dir, side))) chmodSync(join(dir, side, path), parseInt(modes[`${side}/${path}`] ?? '644', 8));
  }
  for (const path of [...listFiles(dir), 'old', 'new']) utimesSync(join(dir, path), fixedTime, fixedTime);
  return dir;
}

const headerLine = /^(diff --git |--- |\+\+\+ |Binary files )/;

/** `git diff --no-index` of old/ and new/ names files a/old/x b/new/x: make them a/x b/x. */
function rewriteGitPrefixes(text) {
  return text.split('\n').map((line) => {
    if (headerLine.test(line)) return line.replace(/(^diff --git |^--- |^\+\+\+ |^Binary files | and |[ "])("?)([ab])\/(old|new)\//g, '$1$2$3/');
    return line.replace(/^(rename|copy) (from|to) ("?)(old|new)\//, '$1 $2 $3');
  }).join('\n');
}

const isBinary = (file) => existsSync(file) && readFileSync(file).subarray(0, 8000).includes(0);

/** New-side line numbers of every hunk in a `-U0` diff: there, every new-side line is an added one. */
function addedFromU0(output) {
  const added = [];
  for (const match of output.toString('utf8').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    for (let line = start; line < start + Number(match[2] ?? '1'); line++) added.push(line);
  }
  return added;
}

const byPath = (a, b) => (a.newPath ?? a.oldPath).localeCompare(b.newPath ?? b.oldPath);
const statusOf = { A: 'added', D: 'deleted', M: 'modified', T: 'modified', R: 'renamed', C: 'copied' };

function summarizeGit(dir) {
  const fields = run('git', ['diff', '--no-index', '--raw', '-z', '-M', 'old', 'new'], dir).toString('utf8').split('\0');
  const files = [];
  for (let i = 0; i < fields.length - 1;) {
    const [oldMode, newMode, , , letters] = fields[i].slice(1).split(' ');
    const paths = fields.slice(i + 1, i + (/^[RC]/.test(letters) ? 3 : 2));
    i += 1 + paths.length;
    const status = statusOf[letters[0]];
    const strip = (path) => path.slice(path.indexOf('/') + 1);
    const oldPath = status === 'added' ? null : strip(paths[0]);
    const newPath = status === 'deleted' ? null : strip(paths[paths.length - 1]);
    const oldFile = oldPath === null ? '/dev/null' : `old/${oldPath}`;
    const newFile = newPath === null ? '/dev/null' : `new/${newPath}`;
    const summary = { status, oldPath, newPath, binary: isBinary(join(dir, oldFile)) || isBinary(join(dir, newFile)) };
    summary.added = addedFromU0(run('git', ['diff', '--no-index', '-U0', oldFile, newFile], dir));
    if (oldPath !== null && newPath !== null && oldMode !== newMode) summary.mode = { old: oldMode, new: newMode };
    files.push(summary);
  }
  return files.sort(byPath);
}

function summarizeGnu(dir) {
  const paths = [...new Set([...listFiles(join(dir, 'old')), ...listFiles(join(dir, 'new'))])];
  const files = [];
  for (const path of paths) {
    const [oldFile, newFile] = [join(dir, 'old', path), join(dir, 'new', path)];
    const [before, after] = [oldFile, newFile].map((file) => (existsSync(file) ? readFileSync(file) : null));
    if ((before ?? Buffer.alloc(0)).equals(after ?? Buffer.alloc(0))) continue;
    const binary = isBinary(oldFile) || isBinary(newFile);
    if (binary) {
      // `diff -N` prints the same "Binary files old/x and new/x differ" whether x is new, gone or changed.
      files.push({ status: 'modified', oldPath: path, newPath: path, binary, added: [] });
      continue;
    }
    const status = before === null ? 'added' : after === null ? 'deleted' : 'modified';
    const added = addedFromU0(run('diff', ['-N', '-U0', relative(dir, oldFile), relative(dir, newFile)], dir));
    files.push({ status, oldPath: before === null ? null : path, newPath: after === null ? null : path, binary, added });
  }
  return files.sort(byPath);
}

for (const name of readdirSync(casesDir).sort()) {
  const dir = stage(name);
  try {
    const git = rewriteGitPrefixes(run('git', ['diff', '--no-index', '--no-color', '--no-ext-diff', '-M', 'old', 'new'], dir).toString('utf8'));
    const gnu = run('diff', ['-ruN', 'old', 'new'], dir).toString('utf8');
    writeFileSync(join(fixtures, `${name}.git.diff`), git);
    if (git.includes('\nBinary files ')) {
      const binary = run('git', ['diff', '--no-index', '--no-color', '--no-ext-diff', '--binary', '-M', 'old', 'new'], dir).toString('utf8');
      writeFileSync(join(fixtures, `${name}.git-binary.diff`), rewriteGitPrefixes(binary));
    }
    if (gnu) writeFileSync(join(fixtures, `${name}.gnu.diff`), gnu);
    else rmSync(join(fixtures, `${name}.gnu.diff`), { force: true });
    const expected = { git: summarizeGit(dir), gnu: gnu ? summarizeGnu(dir) : null };
    writeFileSync(join(fixtures, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    console.log(`wrote ${name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
