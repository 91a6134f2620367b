/** Writes docs/error-codes.md from the error registry; `--check` fails when it is stale. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { renderErrorDocs } from '../src/core/errors/render-docs.js';

const out = 'docs/error-codes.md';
const text = renderErrorDocs();
if (process.argv.includes('--check')) {
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
    console.error(`${out} is stale: run npm run gen:docs`);
    process.exit(1);
  }
  console.log(`${out} is current`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
