import type { Command } from 'commander';

/** Registers the `sign` command(s). */
export function register(_program: Command): void {}
