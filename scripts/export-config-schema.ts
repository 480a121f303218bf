/** Writes schema/indict.schema.json from the zod schema, for editors (yaml-language-server). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { RepoConfigSchema } from '../src/config/repo-config.schema.js';

const schema = { ...z.toJSONSchema(RepoConfigSchema, { io: 'input' }), title: 'indict repository configuration (.github/indict.yml)' };
const out = resolve(import.meta.dirname, '../schema/indict.schema.json');
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${out}`);
