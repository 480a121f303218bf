/**
 * A classic-BPF seccomp program (the format `bwrap --add-seccomp-fd` loads): refuses with EPERM the
 * syscalls a snippet never needs and an escape would (namespaces, mounts, ptrace, keyrings, bpf,
 * kernel modules, cross-process memory), and kills foreign-ABI syscalls. Returns null on an
 * architecture without a table; bwrap's other layers still apply there.
 */

const AUDIT_ARCH = { x64: 0xc000003e, arm64: 0xc00000b7 } as const;

// Per-arch numbers; the new mount API (428–442) and clone3 share numbers across architectures.
const BLOCKED: Record<keyof typeof AUDIT_ARCH, readonly number[]> = {
  // ptrace mount umount2 pivot_root chroot unshare setns keyctl add_key request_key bpf
  // perf_event_open userfaultfd kexec_load init_module finit_module delete_module
  // open_by_handle_at process_vm_readv process_vm_writev
  x64: [101, 165, 166, 155, 161, 272, 308, 250, 248, 249, 321, 298, 323, 246, 175, 313, 176, 304, 310, 311],
  arm64: [117, 40, 39, 41, 51, 97, 268, 219, 217, 218, 280, 241, 282, 104, 105, 273, 106, 265, 270, 271],
};
const NEW_MOUNT_API = [428, 429, 430, 431, 432, 433, 442]; // open_tree move_mount fsopen fsconfig fsmount fspick mount_setattr

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const RET_K = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_KILL_PROCESS = 0x80000000;
const RET_EPERM = 0x00050000 | 1;
const X32_SYSCALL_BIT = 0x40000000;

type Instruction = [code: number, jt: number, jf: number, k: number];

export function buildSeccompFilter(arch: string): Buffer | null {
  if (!(arch in AUDIT_ARCH)) return null;
  const key = arch as keyof typeof AUDIT_ARCH;
  const blocked = [...BLOCKED[key], ...NEW_MOUNT_API];
  const program: Instruction[] = [
    [LD_W_ABS, 0, 0, 4], // seccomp_data.arch
    [JEQ_K, 1, 0, AUDIT_ARCH[key]],
    [RET_K, 0, 0, RET_KILL_PROCESS],
    [LD_W_ABS, 0, 0, 0], // seccomp_data.nr
    ...(key === 'x64' ? ([[JGE_K, 0, 1, X32_SYSCALL_BIT], [RET_K, 0, 0, RET_KILL_PROCESS]] as Instruction[]) : []),
    ...blocked.map((nr, i): Instruction => [JEQ_K, blocked.length - i, 0, nr]),
    [RET_K, 0, 0, RET_ALLOW],
    [RET_K, 0, 0, RET_EPERM],
  ];
  const out = Buffer.alloc(program.length * 8);
  program.forEach(([code, jt, jf, k], i) => {
    out.writeUInt16LE(code, i * 8);
    out.writeUInt8(jt, i * 8 + 2);
    out.writeUInt8(jf, i * 8 + 3);
    out.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return out;
}
