import type { LoadedConfig } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';
import type { ChatChunk, ModelAdapter, ProviderRouter } from '../providers/index.js';

/**
 * The model for generative answers, called through the provider router (deadlines, retries, breaker, fallback
 * chain of that model). Checked once at start: it must exist, must not be the docs model itself, and must be
 * allowed to receive `internal` data, since retrieved passages are the organisation's internal documentation.
 *
 * @example
 * const model = generativeModel(loaded, createProviderRouter({ loaded }));
 */
export function generativeModel(
  loaded: LoadedConfig,
  router: ProviderRouter,
): { name: string; adapter: ModelAdapter } | undefined {
  const settings = loaded.config.assistant.generative;
  if (!settings) return undefined;
  const name = settings.model;
  const model = loaded.config.models[name];
  const where = `${loaded.file} assistant.generative.model`;
  if (!model) {
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_MODEL_NOT_ALLOWED',
      `${where}: unknown model "${name}" (known: ${Object.keys(loaded.config.models).join(', ') || 'none'})`,
    );
  }
  if (name === loaded.config.assistant.model) {
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_MODEL_NOT_ALLOWED',
      `${where}: "${name}" is the docs assistant itself`,
    );
  }
  if (!model.dataClasses.includes('internal')) {
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_MODEL_NOT_ALLOWED',
      `${where}: "${name}" may receive only ${model.dataClasses.join(', ') || 'no data'}; documentation passages are internal data`,
    );
  }
  const adapter: ModelAdapter = {
    chat: async (req, ctx) => (await router.chat([name], req, ctx)).result,
    chatStream: (req, ctx): AsyncIterable<ChatChunk> => ({
      async *[Symbol.asyncIterator]() {
        yield* (await router.chatStream([name], req, ctx)).result;
      },
    }),
  };
  return { name, adapter };
}
