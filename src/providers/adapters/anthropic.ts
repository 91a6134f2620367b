/** Anthropic Messages API, translated both ways so callers only ever see OpenAI shapes. */
import { BastionError } from '../../core/errors/index.js';
import type { AdapterContext, AdapterFactory } from '../adapter-context.js';
import { deferred } from '../resilience/iterators.js';
import type { CallContext, ChatChunk, ChatRequest, ChatResponse, ModelAdapter } from '../types.js';
import { createUpstreamHttp, invalidResponse, parseUpstreamJson, sseChunks } from '../upstream-http.js';
import { createAnthropicStreamTranslator } from './anthropic-stream.js';
import { fromAnthropicResponse, toAnthropicRequest, type AnthropicResponse } from './anthropic-translate.js';

/** The Messages API version this translation follows. A config header can override it. */
export const ANTHROPIC_VERSION = '2023-06-01';

export const createAnthropicAdapter: AdapterFactory = (ctx: AdapterContext): ModelAdapter => {
  const provider = ctx.name;
  const auth: Record<string, string> = { 'anthropic-version': ANTHROPIC_VERSION };
  if (ctx.config.apiKey) auth['x-api-key'] = ctx.config.apiKey;
  const http = createUpstreamHttp(ctx, auth);
  const seconds = (): number => Math.floor(ctx.clock.now() / 1000);

  async function chat(req: ChatRequest, call: CallContext): Promise<ChatResponse> {
    const body = JSON.stringify(toAnthropicRequest(req, false));
    const res = await http.post('/messages', body, req.model, call);
    const parsed = parseUpstreamJson(await res.text(), provider);
    if (!Array.isArray(parsed.content) || typeof parsed.usage !== 'object' || parsed.usage === null) {
      throw invalidResponse(provider, 'message without content or usage');
    }
    return fromAnthropicResponse(parsed as unknown as AnthropicResponse, seconds());
  }

  function chatStream(req: ChatRequest, call: CallContext): AsyncIterable<ChatChunk> {
    return deferred(async () => {
      const body = JSON.stringify(toAnthropicRequest(req, true));
      const res = await http.post('/messages', body, req.model, call);
      const translator = createAnthropicStreamTranslator(provider, seconds());
      return sseChunks(
        res,
        // After message_stop, drain to the end so the connection is reused.
        (event) => (translator.complete ? undefined : translator.translate(event)),
        () => {
          if (!translator.complete) {
            throw new BastionError('BASTION_ERR_PROVIDERS_STREAM_CUT', undefined, { details: { provider } });
          }
        },
      );
    });
  }

  // No embeddings: Anthropic has no embeddings endpoint.
  return { chat, chatStream };
};
