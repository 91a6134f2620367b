import type { Command } from 'commander';

/** Registers the `model` command(s). */
export function register(_program: Command): void {}
