export {
  parseConfig,
  loadConfigFile,
  resolveConfigPath,
  DEFAULT_CONFIG_PATH,
  locateConfigError,
  locateConfigErrors,
} from './load.js';
export type { LoadedConfig, LoadOptions } from './load.js';
export { configSchema } from './schema.js';
export type { BastionConfig, BastionConfigInput } from './schema.js';
export type { MissingEnv } from './interpolate.js';
export { DATA_CLASSES } from './models-schema.js';
export type { DataClass, ModelConfig } from './models-schema.js';
export type { ProviderConfig } from './providers-schema.js';
export type { UseCaseConfig, LimitsConfig } from './use-cases-schema.js';
export { GUARD_ACTIONS } from './guards-schema.js';
export type { GuardAction, GuardsConfig, ScannerSettings } from './guards-schema.js';
export type { AuditConfig } from './audit-schema.js';
export type { ServerConfig } from './server-schema.js';
