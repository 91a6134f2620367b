import type { Command } from 'commander';

/** Registers the `scan` command(s). */
export function register(_program: Command): void {}
