import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** Request bodies checked against GitHub's own OpenAPI description (`@octokit/openapi`; `$ref`s resolved by ajv). */
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  schema: unknown;
}

const require = createRequire(import.meta.url);
let operations: Operation[] | undefined;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);

function load(): Operation[] {
  if (operations) return operations;
  const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
  };
  ajv.addSchema(spec, 'github');
  operations = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const pointer = `github#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema`;
      operations.push({ method: method.toUpperCase(), template, pattern, schema: op.requestBody?.content?.['application/json']?.schema ? { $ref: pointer } : undefined });
    }
  }
  // Literal segments first, so /pulls/comments/{id} wins over /pulls/{pull_number}/…
  operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  return operations;
}

/** null when the body is valid for the documented operation; otherwise why (unknown operation or schema errors). */
export function validateOpenApiBody(method: string, path: string, body: unknown): string | null {
  const op = load().find((o) => o.method === method && o.pattern.test(path));
  if (!op) return `no such operation in GitHub's OpenAPI: ${method} ${path}`;
  if (!op.schema || body === undefined) return null;
  const key = `${op.method} ${op.template}`;
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(op.schema as object)));
  if (validate(body)) return null;
  return `${key}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`;
}
