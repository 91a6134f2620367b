import type { Command } from 'commander';

/** Registers the `keys` command(s). */
export function register(_program: Command): void {}
