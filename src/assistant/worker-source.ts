import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Source for `new Worker(source, { eval: true })` that runs the module `entry` (a file beside `base`, named
 * without extension). Running from TypeScript sources (tsx, vitest), the worker registers tsx's loader first: a
 * worker does not inherit loaders registered through the API (bin/bastion.js). Built to JavaScript, it is imported as is.
 */
export function workerSource(entry: string, base: string): string {
  const ts = base.endsWith('.ts');
  const url = new URL(`./${entry}.${ts ? 'ts' : 'js'}`, base).href;
  if (!ts) return `import(${JSON.stringify(url)});`;
  const require = createRequire(base);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']?.import.default ?? '')).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
}
