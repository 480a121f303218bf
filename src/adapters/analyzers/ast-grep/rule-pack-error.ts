/** A rule of the pack is malformed (bad YAML, schema, kind or pattern); the message names the rule. */
export class RulePackError extends Error {
  override readonly name = 'RulePackError';
}
