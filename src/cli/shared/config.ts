import { loadConfigFile, resolveConfigPath, type LoadedConfig } from '../../core/config/index.js';

/**
 * Loads the config a command should use: `--config FILE`, then BASTION_CONFIG, ./bastion.yaml, the built-in one.
 * The CLI is the only place that reads process.env; everything below receives the loaded config.
 *
 * @example
 * const loaded = loadCommandConfig(options.config);
 */
export function loadCommandConfig(explicit: string | undefined): LoadedConfig {
  return loadConfigFile(resolveConfigPath(explicit, process.env), { env: process.env });
}
