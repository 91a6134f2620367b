/** Writes bastion.schema.json (JSON Schema of the config, for editors); `--check` fails when it is stale. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { configSchema } from '../src/core/config/schema.js';

const out = 'bastion.schema.json';
const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
const text = JSON.stringify({ title: 'Bastion configuration (bastion.yaml)', ...schema }, null, 2) + '\n';

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`${out} is stale: run npm run gen:schema`);
    process.exit(1);
  }
  console.log(`${out} is current`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
