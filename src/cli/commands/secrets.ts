import type { Command } from 'commander';

/** Registers the `secrets` command(s). */
export function register(_program: Command): void {}
