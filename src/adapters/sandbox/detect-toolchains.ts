import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxLanguage, SandboxToolchains } from '../../ports/sandbox.js';
import { findBinary } from './find-binary.js';
import { isReachableByOther } from './is-reachable-by-other.js';
import type { ResolvedSandboxOptions } from './sandbox-options.js';
import { planStaging, type StagedDir } from './stage-toolchain.js';

/** A toolchain usable inside the sandbox: role → real binary path, plus host dirs to bind read-only. */
export interface DetectedToolchain {
  language: SandboxLanguage;
  bin: Readonly<Record<string, string>>;
  mounts: readonly string[];
  /** Unreachable host dirs staged into the sandbox (root callers only, see stage-toolchain.ts). */
  staged: readonly StagedDir[];
}

export interface ToolchainDetection {
  detected: ReadonlyMap<SandboxLanguage, DetectedToolchain>;
  report: SandboxToolchains;
}

/** Roles each runner needs, with candidates in order of preference (system paths before PATH). */
function specs(options: ResolvedSandboxOptions): Record<SandboxLanguage, Record<string, readonly string[]>> {
  return {
    python: { python: ['/usr/bin/python3', '/usr/local/bin/python3'] },
    javascript: { node: [...(options.nodePath ? [options.nodePath] : []), 'node'] },
    c: { cc: ['gcc', 'cc'] },
    cpp: { cxx: ['g++', 'c++'] },
    java: { javac: ['javac'], java: ['java'] },
    rust: { rustc: ['rustc'], cc: ['cc', 'gcc'] },
    go: { go: ['go'], gofmt: ['gofmt'] },
    php: { php: ['php'] },
    ruby: { ruby: ['ruby'] },
  };
}

const SYSTEM_PREFIX = '/usr/';

function extraMounts(language: SandboxLanguage, bins: readonly string[]): string[] {
  const mounts = bins.filter((b) => !b.startsWith(SYSTEM_PREFIX)).map((b) => dirname(dirname(b)));
  if (language === 'java') mounts.push(...listEtc().filter((e) => e.startsWith('java-')).map((e) => `/etc/${e}`));
  return [...new Set(mounts)];
}

function listEtc(): string[] {
  try {
    return readdirSync('/etc');
  } catch {
    return [];
  }
}

export function detectToolchains(options: ResolvedSandboxOptions): ToolchainDetection {
  const detected = new Map<SandboxLanguage, DetectedToolchain>();
  const missing: { language: SandboxLanguage; reason: string }[] = [];
  for (const [language, roles] of Object.entries(specs(options)) as [SandboxLanguage, Record<string, readonly string[]>][]) {
    const override = options.toolchains[language];
    const bin: Record<string, string> = {};
    const staged: StagedDir[] = [];
    let reason: string | null = null;
    for (const [role, defaults] of Object.entries(roles)) {
      const index = Object.keys(roles).indexOf(role);
      const candidates = override?.[index] ? [override[index]] : defaults;
      const found = candidates.map((c) => findBinary(c, options.searchPath)).filter((p): p is string => p !== null);
      const usable = found.find((p) => isReachableByOther(p));
      const staging = !usable && found[0] && options.canStage ? planStaging(found[0], role) : null;
      if (usable) bin[role] = usable;
      else if (staging) {
        bin[role] = staging.bin;
        staged.push(staging.staged);
      } else {
        reason = found.length > 0
          ? `${found[0]} is not reachable by the sandbox uid ${options.uid} (a per-user install?); install ${role} system-wide or set toolchains.${language}`
          : `${role} not found (${candidates.join(', ')})`;
        break;
      }
    }
    if (reason) missing.push({ language, reason });
    else {
      const mounts = extraMounts(language, Object.values(bin).filter((b) => !staged.some((s) => b.startsWith(`${s.target}/`))));
      detected.set(language, { language, bin, mounts, staged });
    }
  }
  const available = [...detected.values()].map((t) => ({ language: t.language, binaries: Object.values(t.bin) }));
  return { detected, report: { available, missing } };
}
