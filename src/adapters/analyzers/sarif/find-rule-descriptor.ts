import type { ReportingDescriptor, SarifResult, SarifRun } from './sarif-log.schema.js';

/** The rule a result refers to: by ruleIndex / rule.index in its tool component, else by id. */
export function findRuleDescriptor(result: SarifResult, run: SarifRun): ReportingDescriptor | undefined {
  const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
  const reference = result.rule?.toolComponent;
  const component =
    reference?.index !== undefined ? run.tool.extensions?.[reference.index]
    : reference?.name !== undefined ? components.find((candidate) => candidate.name === reference.name)
    : run.tool.driver;
  const index = result.ruleIndex ?? result.rule?.index;
  const byIndex = index !== undefined && index >= 0 ? component?.rules?.[index] : undefined;
  if (byIndex) return byIndex;
  const id = result.ruleId ?? result.rule?.id;
  if (id === undefined) return undefined;
  return components.flatMap((candidate) => candidate.rules ?? []).find((rule) => rule.id === id);
}
