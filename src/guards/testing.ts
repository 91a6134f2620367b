import { normalizeText } from './normalize-text.js';
import type { Finding, ScanContext, ScannerDefinition } from './types.js';

/** Runs one scanner the way the engine does (normalise, then scan), for unit tests and benchmarks. */
export function runScanner<O>(
  definition: ScannerDefinition<O>,
  text: string,
  ctx: Partial<ScanContext> = {},
  options: unknown = {},
): Finding[] {
  const scan = definition.create(definition.options.parse(options));
  return scan(normalizeText(text), {
    direction: ctx.direction ?? definition.directions[0] ?? 'input',
    ...ctx,
  });
}
