import type { ProviderConfig } from '../core/config/index.js';
import type { AdapterFactory } from './adapter-context.js';
import { createAnthropicAdapter } from './adapters/anthropic.js';
import { createLocalAdapter } from './adapters/local.js';
import { createOpenAICompatibleAdapter } from './adapters/openai-compatible.js';

/** Every provider type the config accepts, and the factory that builds it. A new protocol is one entry here. */
export const PROVIDER_ADAPTERS: Readonly<Record<ProviderConfig['type'], AdapterFactory>> = {
  'openai-compatible': createOpenAICompatibleAdapter,
  anthropic: createAnthropicAdapter,
  local: createLocalAdapter,
};
