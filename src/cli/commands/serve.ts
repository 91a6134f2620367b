import type { Command } from 'commander';

/** Registers the `serve` command(s). */
export function register(_program: Command): void {}
