import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFile, type LoadedConfig } from '../../core/config/index.js';

/** The config Bastion ships (what `npm start` serves), at the package root in src/ and dist/ alike. */
export const BUILTIN_CONFIG = fileURLToPath(new URL('../../../bastion.yaml', import.meta.url));

export type ConfigOrigin = 'flag' | 'env' | 'found' | 'builtin';

export interface CommandConfig extends LoadedConfig {
  /** How the file was chosen: --config, $BASTION_CONFIG, a bastion.yaml found from the working directory, built in. */
  readonly origin: ConfigOrigin;
}

/** The nearest bastion.yaml in `from` or a parent folder (as git finds .git and npm finds package.json). */
export function findConfigUp(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'bastion.yaml');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The built-in config keeps its data (the SQLite store and the docs index) in the working directory, like
 * `npm start` does in a checkout: resolved against its own folder, that would be the folder Bastion is installed in
 * (node_modules/bastion, a global prefix), shared by every project and lost on reinstall. Its `ingestOnStart`
 * still names Bastion's own docs, next to the file.
 */
function dataInWorkingDirectory(loaded: LoadedConfig, cwd: string): LoadedConfig {
  const { store, assistant } = loaded.config;
  const sqlite = /^sqlite:\/\/(.+)$/.exec(store)?.[1];
  const relativeStore = sqlite !== undefined && sqlite !== ':memory:' && !isAbsolute(sqlite);
  const relativeIndex = assistant.indexPath !== undefined && !isAbsolute(assistant.indexPath);
  // A PostgreSQL store keeps the docs index in bastion-docs.db next to the config: here, the working directory.
  const indexPath =
    assistant.indexPath === undefined
      ? sqlite === undefined
        ? resolve(cwd, 'bastion-docs.db')
        : undefined
      : relativeIndex
        ? resolve(cwd, assistant.indexPath)
        : undefined;
  if (!relativeStore && indexPath === undefined) return loaded;
  const config = {
    ...loaded.config,
    ...(relativeStore ? { store: `sqlite://${resolve(cwd, sqlite)}` } : {}),
    assistant: { ...assistant, ...(indexPath !== undefined ? { indexPath } : {}) },
  };
  return Object.freeze({ ...loaded, config: Object.freeze(config) });
}

/**
 * Loads the config a command should use: `--config FILE`, then $BASTION_CONFIG, then the nearest bastion.yaml in
 * the working directory or a parent folder, then the built-in one (whose data lives in the working directory).
 * Relative paths in a config file resolve against that file's folder. Every command that opens the store or the
 * docs index comes through here, so `serve`, `keys`, `audit`, `docs` and `redteam --gateway-config` agree on it.
 * The CLI is the only place that reads process.env; everything below receives the loaded config.
 *
 * @example
 * const loaded = loadCommandConfig(options.config);
 */
export function loadCommandConfig(explicit: string | undefined, cwd: string = process.cwd()): CommandConfig {
  const fromEnv = process.env.BASTION_CONFIG;
  const found = explicit !== undefined || fromEnv ? undefined : findConfigUp(cwd);
  const origin: ConfigOrigin =
    explicit !== undefined ? 'flag' : fromEnv ? 'env' : found ? 'found' : 'builtin';
  const file = explicit ?? (fromEnv || found || BUILTIN_CONFIG);
  const loaded = loadConfigFile(file, { env: process.env });
  const placed = origin === 'builtin' ? dataInWorkingDirectory(loaded, cwd) : loaded;
  return Object.freeze({ ...placed, origin });
}

/**
 * The config `previous` came from, read again (a SIGHUP reload of `bastion serve`): the same file, its data placed
 * the same way, even if a bastion.yaml has since appeared nearer the working directory.
 */
export function reloadCommandConfig(previous: CommandConfig, cwd: string = process.cwd()): CommandConfig {
  const loaded = loadConfigFile(previous.file, { env: process.env });
  const placed = previous.origin === 'builtin' ? dataInWorkingDirectory(loaded, cwd) : loaded;
  return Object.freeze({ ...placed, origin: previous.origin });
}
