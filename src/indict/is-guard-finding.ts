import type { RawFinding } from '../core/finding.schema.js';

/** Rule ids of the input guards: deterministic findings a model may not dismiss (it could be the one obeying the text). */
export const guardRuleIds = ['indict.hard-coded-secret', 'indict.prompt-injection', 'indict.invisible-characters'] as const;

export const isGuardFinding = (finding: Pick<RawFinding, 'ruleId'>) => (guardRuleIds as readonly string[]).includes(finding.ruleId);
