/**
 * Command-line flags of the bench and profiling scripts: `--name value` pairs and bare `--switch`es.
 * One parser for all of them, so every script reads its flags the same way.
 *
 * @example
 * const rounds = Number(opt('--rounds') ?? 0) || 6;
 * const stream = argv.includes('--stream');
 */
export const argv: readonly string[] = process.argv.slice(2);

/** The value after `name` on the command line, if the flag is there. */
export function opt(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
