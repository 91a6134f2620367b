/**
 * OpenAI-compatible upstreams: OpenAI, Azure OpenAI (`apiVersion` + an `api-key` header), Ollama, vLLM and the
 * llama.cpp server. The request body is forwarded as the gateway validated it (unknown OpenAI parameters pass
 * through); responses are parsed once, because the gateway needs usage for cost and text for output guards.
 */
import type { AdapterContext, AdapterFactory } from '../adapter-context.js';
import { deferred, fromArray } from '../resilience/iterators.js';
import { responseToChunks } from './response-chunks.js';
import type { SseEvent } from '../sse.js';
import type {
  CallContext,
  ChatChunk,
  ChatRequest,
  ChatResponse,
  EmbeddingsRequest,
  EmbeddingsResponse,
  ModelAdapter,
} from '../types.js';
import { upstreamHttpError } from '../upstream-error.js';
import { BastionError } from '../../core/errors/index.js';
import { withMembers } from '../../core/objects.js';
import { createUpstreamHttp, invalidResponse, parseUpstreamJson, sseChunks } from '../upstream-http.js';

/** Streams always ask for usage: the gateway charges actual tokens; it drops the usage chunk if the client did not ask. */
const STREAM_OPTIONS = { include_usage: true } as const;

/** An error object an upstream sent inside an SSE stream (vLLM, OpenAI on mid-stream failure). */
function streamError(chunk: Record<string, unknown>, provider: string): BastionError {
  const status = typeof chunk.status_code === 'number' ? chunk.status_code : 500;
  return upstreamHttpError(status >= 400 ? status : 500, JSON.stringify(chunk), provider, undefined);
}

export const createOpenAICompatibleAdapter: AdapterFactory = (ctx: AdapterContext): ModelAdapter => {
  const provider = ctx.name;
  const http = createUpstreamHttp(
    ctx,
    ctx.config.apiKey ? { authorization: `Bearer ${ctx.config.apiKey}` } : {},
  );

  async function chat(req: ChatRequest, call: CallContext): Promise<ChatResponse> {
    // stream_options with stream:false is a 400 at OpenAI; undefined fields vanish in JSON.stringify.
    // Copy only when needed (the gateway already sends stream:false): a copy costs more than the stringify.
    const body = JSON.stringify(
      req.stream || req.stream_options != null
        ? withMembers(req, { stream: undefined, stream_options: undefined })
        : req,
    );
    const res = await http.post('/chat/completions', body, req.model, call);
    const parsed = parseUpstreamJson(await res.text(), provider);
    if (!Array.isArray(parsed.choices)) throw invalidResponse(provider, 'chat completion without choices');
    return parsed as unknown as ChatResponse;
  }

  function chatStream(req: ChatRequest, call: CallContext): AsyncIterable<ChatChunk> {
    return deferred(async () => {
      const ready = req.stream === true && req.stream_options?.include_usage === true;
      const body = JSON.stringify(
        ready ? req : withMembers(req, { stream: true, stream_options: STREAM_OPTIONS }),
      );
      const res = await http.post('/chat/completions', body, req.model, call);
      const type = res.headers['content-type'];
      if (typeof type === 'string' && type.includes('json')) {
        // The server ignored stream:true and answered in one piece.
        const parsed = parseUpstreamJson(await res.text(), provider);
        if (!Array.isArray(parsed.choices))
          throw invalidResponse(provider, 'chat completion without choices');
        return fromArray(responseToChunks(parsed as unknown as ChatResponse));
      }
      let done = false;
      let finished = false;
      const step = (event: SseEvent): ChatChunk | undefined => {
        // After [DONE] keep reading to the end of the body (normally nothing follows) so the connection
        // goes back to the pool instead of being destroyed mid-response.
        if (done) return undefined;
        if (event.data === '[DONE]') {
          done = true;
          return undefined;
        }
        let chunk: Record<string, unknown>;
        try {
          chunk = JSON.parse(event.data) as Record<string, unknown>;
        } catch (cause) {
          throw new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, {
            cause,
            details: { provider },
          });
        }
        if (typeof chunk !== 'object' || chunk === null)
          throw invalidResponse(provider, 'stream event is not an object');
        if (chunk.error !== undefined) throw streamError(chunk, provider);
        const choices = chunk.choices;
        if (!Array.isArray(choices)) throw invalidResponse(provider, 'stream chunk without choices');
        for (let i = 0; i < choices.length; i++) {
          if ((choices[i] as { finish_reason?: unknown } | null)?.finish_reason) finished = true;
        }
        return chunk as unknown as ChatChunk;
      };
      const end = (): void => {
        // Some servers omit [DONE] after the finish chunk; only a stream that never finished was cut.
        if (!done && !finished) {
          throw new BastionError('BASTION_ERR_PROVIDERS_STREAM_CUT', undefined, { details: { provider } });
        }
      };
      return sseChunks(res, step, end);
    });
  }

  async function embeddings(req: EmbeddingsRequest, call: CallContext): Promise<EmbeddingsResponse> {
    const res = await http.post('/embeddings', JSON.stringify(req), req.model, call);
    const parsed = parseUpstreamJson(await res.text(), provider);
    if (!Array.isArray(parsed.data)) throw invalidResponse(provider, 'embeddings without data');
    if (typeof parsed.usage !== 'object' || parsed.usage === null) {
      // llama.cpp and older Ollama omit usage; charge zero rather than fail, the gateway estimates from input.
      parsed.usage = { prompt_tokens: 0, total_tokens: 0 };
    }
    return parsed as unknown as EmbeddingsResponse;
  }

  return { chat, chatStream, embeddings };
};
