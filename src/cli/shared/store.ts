import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { BastionError } from '../../core/errors/index.js';
import type { LoadedConfig } from '../../core/config/index.js';
import { fileInTheWay } from '../../core/file-in-the-way.js';
import { createLogger } from '../../core/log.js';
import { openStore, parseStoreUrl, redactUrl } from '../../store/open-store.js';
import type { Store } from '../../store/types.js';

export interface WithStoreOptions {
  /**
   * Open the configured counters (only commands that read or charge limits need them). Otherwise counters are
   * in-memory, so a postgres store with the default `counters: sqlite` does not warn on every command.
   */
  counters?: boolean;
  /**
   * Refuse to create a SQLite file that does not exist (read-only commands: `audit verify` in the wrong folder
   * would otherwise create an empty store and report "intact: 0 records").
   */
  mustExist?: boolean;
}

/**
 * Where a config's store is, for people: the absolute SQLite path, or the PostgreSQL URL without credentials.
 *
 * @example
 * process.stderr.write(`store: ${storeLocation(loaded)}\n`);
 */
export function storeLocation(loaded: LoadedConfig): string {
  const parsed = parseStoreUrl(loaded.config.store, loaded.baseDir);
  return parsed.kind === 'sqlite' ? parsed.path : redactUrl(parsed.url);
}

/**
 * Opens the config's store for one command, runs `fn`, and always closes it (flushing pending writes).
 * Store warnings go to stderr as JSON lines; stdout stays clean for the command's output.
 *
 * @example
 * await withStore(loaded, async (store) => console.log(await store.keys.count()));
 */
export async function withStore<T>(
  loaded: LoadedConfig,
  fn: (store: Store) => Promise<T>,
  options: WithStoreOptions = {},
): Promise<T> {
  if (options.mustExist) {
    const parsed = parseStoreUrl(loaded.config.store, loaded.baseDir);
    if (parsed.kind === 'sqlite' && parsed.path !== ':memory:' && !existsSync(parsed.path)) {
      // "No store here" would send people looking in other folders when the path itself cannot exist.
      const file = fileInTheWay(dirname(parsed.path));
      if (file !== undefined)
        throw new BastionError(
          'BASTION_ERR_STORE_PATH_NOT_FOLDER',
          `store ${parsed.path} (store: ${loaded.config.store} in ${loaded.file}): ${file} is a file, not a folder`,
          { details: { path: parsed.path, file } },
        );
      throw new BastionError(
        'BASTION_ERR_STORE_NOT_FOUND',
        `no store at ${parsed.path} (store: ${loaded.config.store} in ${loaded.file}). Run the command where the ` +
          'gateway runs (the folder of its bastion.yaml, or where you ran bastion serve), or pass --config FILE',
      );
    }
  }
  const store = await openStore({
    store: loaded.config.store,
    counters: options.counters ? loaded.config.counters : 'memory',
    baseDir: loaded.baseDir,
    logger: createLogger({ level: 'warn' }),
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
