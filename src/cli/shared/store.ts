import type { LoadedConfig } from '../../core/config/index.js';
import { createLogger } from '../../core/log.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/types.js';

export interface WithStoreOptions {
  /**
   * Open the configured counters (only commands that read or charge limits need them). Otherwise counters are
   * in-memory, so a postgres store with the default `counters: sqlite` does not warn on every command.
   */
  counters?: boolean;
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
