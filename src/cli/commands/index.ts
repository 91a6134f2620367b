import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

/**
 * Every top-level command, in the order `bastion --help` lists them. Loaded on demand: `bastion serve` should not
 * keep the red-team corpus, the chaos runner or the model scanners in its memory, and one-shot commands start faster.
 */
export const COMMAND_LOADERS: Record<string, () => Promise<RegisterCommand>> = {
  serve: async () => (await import('./serve.js')).register,
  keys: async () => (await import('./keys.js')).register,
  audit: async () => (await import('./audit.js')).register,
  scan: async () => (await import('./scan.js')).register,
  docs: async () => (await import('./docs.js')).register,
  redteam: async () => (await import('./redteam.js')).register,
  chaos: async () => (await import('./chaos.js')).register,
  data: async () => (await import('./data.js')).register,
  model: async () => (await import('./model.js')).register,
  sign: async () => (await import('./sign.js')).register,
  secrets: async () => (await import('./secrets.js')).register,
};

/** The named commands' registrations, or all of them (for `--help`, `help`, and unknown-command suggestions). */
export async function loadCommands(only?: string): Promise<RegisterCommand[]> {
  const names =
    only !== undefined && Object.hasOwn(COMMAND_LOADERS, only) ? [only] : Object.keys(COMMAND_LOADERS);
  return Promise.all(names.map((name) => COMMAND_LOADERS[name]!()));
}
