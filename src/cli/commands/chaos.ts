import type { Command } from 'commander';

/** Registers the `chaos` command(s). */
export function register(_program: Command): void {}
