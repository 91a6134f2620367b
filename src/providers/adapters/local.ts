/** In-process models (the docs assistant), injected by the gateway so providers never import from assistant/. */
import { BastionError } from '../../core/errors/index.js';
import type { AdapterContext, AdapterFactory } from '../adapter-context.js';
import type { CallContext, ChatRequest, EmbeddingsRequest, ModelAdapter } from '../types.js';

function unknownModel(model: string, known: readonly string[]): BastionError {
  return new BastionError(
    'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
    `no local model "${model}" is registered`,
    {
      details: { model, known },
    },
  );
}

/**
 * One adapter over several in-process models, dispatching on `req.model`.
 *
 * @example
 * const local = createLocalProvider({ 'bastion-docs': docsAssistantAdapter });
 * await local.chat({ model: 'bastion-docs', messages: [{ role: 'user', content: 'How do I rotate a key?' }] }, ctx);
 */
export function createLocalProvider(handlers: Readonly<Record<string, ModelAdapter>>): ModelAdapter {
  const known = Object.keys(handlers);
  const pick = (model: string): ModelAdapter => {
    const handler = Object.hasOwn(handlers, model) ? handlers[model] : undefined;
    if (!handler) throw unknownModel(model, known);
    return handler;
  };
  return {
    chat: async (req: ChatRequest, call: CallContext) => pick(req.model).chat(req, call),
    chatStream: (req: ChatRequest, call: CallContext) => ({
      // Resolve lazily so an unknown model fails on the first next(), like an HTTP adapter's connect.
      [Symbol.asyncIterator]: () => pick(req.model).chatStream(req, call)[Symbol.asyncIterator](),
    }),
    embeddings: async (req: EmbeddingsRequest, call: CallContext) => {
      const handler = pick(req.model);
      if (!handler.embeddings) {
        throw new BastionError(
          'BASTION_ERR_PROVIDERS_UNSUPPORTED',
          `local model "${req.model}" has no embeddings`,
        );
      }
      return handler.embeddings(req, call);
    },
  };
}

export const createLocalAdapter: AdapterFactory = (ctx: AdapterContext) =>
  createLocalProvider(ctx.localModels);
