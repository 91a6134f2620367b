/**
 * Fails when a module imports from a module above it in DESIGN.md's list (imports point down only),
 * or when any import forms a cycle between modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const LAYERS = [
  'cli',
  'web',
  'gateway',
  'monitor',
  'assistant',
  'redteam',
  'chaos',
  'mlops',
  'providers',
  'guards',
  'policy',
  'store',
  'core',
] as const;
const rank = new Map<string, number>(LAYERS.map((name, i) => [name, i]));
const root = resolve('src');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const moduleOf = (path: string): string | undefined => relative(root, path).split('/')[0];
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const problems: string[] = [];
for (const file of files(root)) {
  const from = moduleOf(file);
  if (from === undefined || !rank.has(from)) {
    problems.push(`${relative('.', file)}: folder "${from}" is not a module in DESIGN.md`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!spec) continue;
    const to = moduleOf(resolve(dirname(file), spec));
    if (to === undefined || to === from || !rank.has(to)) continue;
    if ((rank.get(to) ?? 0) < (rank.get(from) ?? 0)) {
      problems.push(
        `${relative('.', file)}: ${from}/ must not import from ${to}/ (imports point down: ${LAYERS.join(' > ')})`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('imports: every module imports only from modules below it');
