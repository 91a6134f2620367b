import type { Command } from 'commander';

/** Registers the `audit` command(s). */
export function register(_program: Command): void {}
