import type { Command } from 'commander';

/** Registers the `redteam` command(s). */
export function register(_program: Command): void {}
