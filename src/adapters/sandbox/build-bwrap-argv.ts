import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { STAGE_DIR } from './stage-toolchain.js';

export const WORK_DIR = '/work';
/** fd layout of the sandboxed process: 0–2 stdio, 3 status channel, then these inputs, then info/block fds. */
export const FIRST_INPUT_FD = 4;

export interface BwrapPlan {
  setprivPath: string;
  bwrapPath: string;
  uid: number;
  gid: number;
  workDirBytes: number;
  /** Host dirs bound read-only at the same path (toolchains outside /usr). */
  mounts: readonly string[];
  /** Inside paths of staged dirs, in the order the staging script mounted them under STAGE_DIR. */
  staged: readonly string[];
  /** Relative paths in the work dir, in fd order after the seccomp program (if any). */
  files: readonly string[];
  seccomp: boolean;
  env: Readonly<Record<string, string>>;
  command: readonly string[];
  /** Hold the sandbox (after setup, before the snippet is forked) until the host has placed it in a cgroup. */
  holdForCgroup?: boolean;
}

/** /bin, /lib… are symlinks into /usr on merged-/usr systems, real dirs elsewhere. */
function rootLinks(): string[] {
  return ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'].flatMap((name) => {
    const host = `/${name}`;
    if (!existsSync(host)) return [];
    const stat = lstatSync(host);
    return stat.isSymbolicLink() ? ['--symlink', readlinkSync(host), host] : ['--ro-bind', host, host];
  });
}

/** Only what the loader and toolchains need from /etc: no passwd, shadow, resolv.conf or hosts. */
const ETC_FILES = ['/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/localtime'];

export function buildBwrapArgv(plan: BwrapPlan): string[] {
  const size = String(plan.workDirBytes);
  const envArgs = Object.entries(plan.env).flatMap(([k, v]) => ['--setenv', k, v]);
  let fd = FIRST_INPUT_FD;
  const seccompArgs = plan.seccomp ? ['--add-seccomp-fd', String(fd++)] : [];
  const fileArgs = plan.files.flatMap((rel) => {
    const dirs = rel.split('/').slice(0, -1).map((_, i, parts) => `${WORK_DIR}/${parts.slice(0, i + 1).join('/')}`);
    return [...dirs.flatMap((d) => ['--dir', d]), '--perms', '0644', '--file', String(fd++), `${WORK_DIR}/${rel}`];
  });
  const holdArgs = plan.holdForCgroup ? ['--info-fd', String(fd++), '--block-fd', String(fd++)] : [];
  return [
    plan.setprivPath, `--reuid=${plan.uid}`, `--regid=${plan.gid}`, '--clear-groups', '--no-new-privs', '--inh-caps=-all', '--',
    plan.bwrapPath,
    '--unshare-all', '--unshare-user', '--disable-userns', '--die-with-parent', '--new-session', '--cap-drop', 'ALL',
    '--hostname', 'sandbox', '--clearenv',
    '--ro-bind', '/usr', '/usr', ...rootLinks(),
    ...ETC_FILES.filter((f) => existsSync(f)).flatMap((f) => ['--ro-bind', f, f]),
    ...plan.mounts.flatMap((m) => ['--ro-bind', m, m]),
    ...plan.staged.flatMap((target, i) => ['--ro-bind', `${STAGE_DIR}/${i}`, target]),
    '--proc', '/proc', '--dev', '/dev',
    '--size', size, '--tmpfs', '/dev/shm',
    '--size', size, '--tmpfs', '/tmp',
    '--size', size, '--perms', '0700', '--tmpfs', WORK_DIR,
    ...fileArgs,
    '--remount-ro', '/dev', '--remount-ro', '/',
    '--chdir', WORK_DIR,
    '--setenv', 'PATH', '/usr/local/bin:/usr/bin:/bin', '--setenv', 'HOME', WORK_DIR, '--setenv', 'TMPDIR', '/tmp',
    '--setenv', 'LANG', 'C.UTF-8', ...envArgs,
    ...seccompArgs, ...holdArgs,
    '--', ...plan.command,
  ];
}
