import { z } from 'zod';
import { SANDBOX_LANGUAGES } from './sandbox.js';

/** Validates a run request that comes from outside (a critic's tool call), before it reaches a Sandbox. */
const positiveInt = z.number().int().positive();

export const SandboxLimitsSchema = z.object({
  cpuSeconds: positiveInt.max(60),
  memoryBytes: positiveInt,
  totalMemoryBytes: positiveInt,
  processes: positiveInt.max(1024),
  fileSizeBytes: positiveInt,
  openFiles: positiveInt.max(4096),
  wallTimeMs: positiveInt.max(120_000),
  outputBytes: positiveInt,
  workDirBytes: positiveInt,
}).partial().strict();

const relativePath = z.string().min(1).max(200).refine((p) => !p.startsWith('/') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'), 'must be a relative path inside the work dir');

export const SandboxRunRequestSchema = z.object({
  language: z.enum(SANDBOX_LANGUAGES),
  code: z.string().max(1_000_000),
  stdin: z.string().max(1_000_000).optional(),
  args: z.array(z.string().max(10_000)).max(100).optional(),
  files: z.record(relativePath, z.string().max(1_000_000)).optional(),
  limits: SandboxLimitsSchema.optional(),
}).strict();
