import type { Command } from 'commander';

/** Registers the `docs` command(s). */
export function register(_program: Command): void {}
