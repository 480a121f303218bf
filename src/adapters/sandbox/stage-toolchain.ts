import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/** Host dir made visible to the sandbox at `target` although the sandbox uid cannot reach it. */
export interface StagedDir { source: string; target: string }

/** Where staged dirs are mounted in the private mount namespace of the run (a tmpfs over it, there only). */
export const STAGE_DIR = '/mnt';

/**
 * Root-only: bind-mounts each staged dir (e.g. a rustup toolchain under /root, mode 700) onto a fresh
 * tmpfs in a private mount namespace, so bwrap (already the sandbox uid) can bind it read-only without
 * anything of /root being reachable. The host's mounts are untouched.
 */
export const STAGE_SCRIPT = [
  'n=$1; shift',
  `mount -t tmpfs -o mode=0755,size=64k indict-stage ${STAGE_DIR} || exit 125`,
  'i=0; while [ "$i" -lt "$n" ]; do',
  `  mkdir ${STAGE_DIR}/$i && mount --bind "$1" ${STAGE_DIR}/$i && mount -o remount,bind,ro ${STAGE_DIR}/$i || exit 125`,
  '  shift; i=$((i+1))',
  'done',
  'exec "$@"',
].join('\n');

/** A rustup proxy (…/.cargo/bin/rustc → rustup) stands for the `stable` toolchain of the sibling .rustup. */
function resolveRustupProxy(binary: string): string {
  if (basename(binary) !== 'rustup') return binary;
  const toolchains = join(dirname(dirname(dirname(binary))), '.rustup', 'toolchains');
  const stable = existsSync(toolchains) ? readdirSync(toolchains).sort().find((t) => t.startsWith('stable-')) : undefined;
  return stable ? join(toolchains, stable, 'bin', 'rustc') : binary;
}

/** Plans staging of an unreachable binary's install prefix (`<prefix>/bin/<name>`); null when it cannot. */
export function planStaging(binary: string, name: string): { bin: string; staged: StagedDir } | null {
  const real = name === 'rustc' ? resolveRustupProxy(binary) : binary;
  const prefix = dirname(dirname(real));
  if (!existsSync(real) || basename(dirname(real)) !== 'bin') return null;
  const target = `/opt/indict-toolchains/${basename(prefix)}`;
  return { bin: join(target, relative(prefix, real)), staged: { source: prefix, target } };
}
