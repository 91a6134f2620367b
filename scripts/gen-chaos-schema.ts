/** Writes chaos-experiment.schema.json (JSON Schema of experiment files, for editors); `--check` fails when stale. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { renderExperimentJsonSchema } from '../src/chaos/experiment/json-schema.js';

const out = 'chaos-experiment.schema.json';
const text = renderExperimentJsonSchema();

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`${out} is stale: run npx tsx scripts/gen-chaos-schema.ts`);
    process.exit(1);
  }
  console.log(`${out} is current`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
