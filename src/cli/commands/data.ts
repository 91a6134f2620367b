import type { Command } from 'commander';

/** Registers the `data` command(s). */
export function register(_program: Command): void {}
