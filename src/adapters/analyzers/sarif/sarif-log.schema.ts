import { z } from 'zod';

/**
 * The parts of a SARIF 2.1.0 log that indict reads. Every object keeps unknown keys: tools put
 * a lot in SARIF, and only what is read here has to be right.
 */

const text = z.looseObject({ text: z.string().optional(), markdown: z.string().optional() });
const propertyBag = z.looseObject({ tags: z.array(z.string()).optional() });

export const ArtifactLocationSchema = z.looseObject({
  uri: z.string().optional(),
  uriBaseId: z.string().optional(),
  index: z.number().int().optional(),
});
export type ArtifactLocation = z.infer<typeof ArtifactLocationSchema>;

const region = z.looseObject({
  startLine: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  startColumn: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
});

const toolComponentReference = z.looseObject({ name: z.string().optional(), index: z.number().int().optional() });
const descriptorReference = z.looseObject({
  id: z.string().optional(),
  index: z.number().int().optional(),
  toolComponent: toolComponentReference.optional(),
});

export const ReportingDescriptorSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  shortDescription: text.optional(),
  fullDescription: text.optional(),
  messageStrings: z.record(z.string(), text).optional(),
  defaultConfiguration: z.looseObject({ level: z.string().optional() }).optional(),
  relationships: z.array(z.looseObject({ target: descriptorReference, kinds: z.array(z.string()).optional() })).optional(),
  properties: propertyBag.optional(),
});
export type ReportingDescriptor = z.infer<typeof ReportingDescriptorSchema>;

const toolComponent = z.looseObject({ name: z.string(), rules: z.array(ReportingDescriptorSchema).optional() });

export const SarifResultSchema = z.looseObject({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().optional(),
  rule: descriptorReference.optional(),
  kind: z.string().optional(),
  level: z.string().optional(),
  message: z.looseObject({ text: z.string().optional(), id: z.string().optional(), arguments: z.array(z.string()).optional() }),
  locations: z.array(z.looseObject({
    physicalLocation: z.looseObject({ artifactLocation: ArtifactLocationSchema.optional(), region: region.optional() }).optional(),
  })).optional(),
  taxa: z.array(descriptorReference).optional(),
  suppressions: z.array(z.looseObject({ status: z.string().optional() })).optional(),
  baselineState: z.string().optional(),
  properties: propertyBag.optional(),
});
export type SarifResult = z.infer<typeof SarifResultSchema>;

export const SarifRunSchema = z.looseObject({
  tool: z.looseObject({ driver: toolComponent, extensions: z.array(toolComponent).optional() }),
  originalUriBaseIds: z.record(z.string(), ArtifactLocationSchema).optional(),
  artifacts: z.array(z.looseObject({ location: ArtifactLocationSchema.optional() })).optional(),
  results: z.array(SarifResultSchema).nullable().optional(),
});
export type SarifRun = z.infer<typeof SarifRunSchema>;

export const SarifLogSchema = z.looseObject({
  version: z.literal('2.1.0'),
  runs: z.array(SarifRunSchema).nullable().transform((runs) => runs ?? []),
});
export type SarifLog = z.infer<typeof SarifLogSchema>;
