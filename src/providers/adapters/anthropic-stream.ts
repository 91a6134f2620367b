/**
 * Translates Anthropic streaming events (message_start, content_block_*, message_delta, message_stop) into
 * OpenAI chat.completion.chunk objects, one chunk at most per event. Stateful per stream: it remembers the
 * message id and model, which content block is which tool call, and the usage split across events.
 */
import { BastionError } from '../../core/errors/index.js';
import type { SseEvent } from '../sse.js';
import type { ChatChunk, ChunkDelta, FinishReason } from '../types.js';
import { upstreamHttpError } from '../upstream-error.js';
import { finishReason, toUsage, type AnthropicUsage } from './anthropic-translate.js';

interface StreamPayload {
  type?: string;
  index?: number;
  message?: { id?: string; model?: string; usage?: AnthropicUsage };
  content_block?: { type?: string; id?: string; name?: string };
  delta?: { type?: string; text?: string; partial_json?: string; stop_reason?: string | null };
  usage?: AnthropicUsage;
  error?: { type?: string; message?: string };
}

const ERROR_STATUS: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

export interface AnthropicStreamTranslator {
  /** The chunk for one event, or undefined for events with no OpenAI counterpart (ping, block stop). */
  translate(event: SseEvent): ChatChunk | undefined;
  /** True once message_stop arrived: a stream that ends before is cut. */
  readonly complete: boolean;
}

export function createAnthropicStreamTranslator(
  provider: string,
  createdSeconds: number,
): AnthropicStreamTranslator {
  let id = '';
  let model = '';
  let usage: AnthropicUsage = {};
  let complete = false;
  // Anthropic numbers content blocks (text and tool_use together); OpenAI numbers tool calls only.
  const toolIndexOfBlock = new Map<number, number>();

  const chunk = (delta: ChunkDelta, finish: FinishReason | null = null): ChatChunk => ({
    id,
    object: 'chat.completion.chunk',
    created: createdSeconds,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });

  function parse(data: string): StreamPayload {
    try {
      const value: unknown = JSON.parse(data);
      if (typeof value === 'object' && value !== null) return value as StreamPayload;
    } catch (cause) {
      throw new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, {
        cause,
        details: { provider },
      });
    }
    throw new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, { details: { provider } });
  }

  function translate(event: SseEvent): ChatChunk | undefined {
    const p = parse(event.data);
    switch (p.type ?? event.event) {
      case 'message_start':
        id = p.message?.id ?? '';
        model = p.message?.model ?? '';
        usage = { ...p.message?.usage };
        return chunk({ role: 'assistant', content: '' });
      case 'content_block_start': {
        const block = p.content_block;
        if (block?.type !== 'tool_use') return undefined;
        const index = toolIndexOfBlock.size;
        toolIndexOfBlock.set(p.index ?? 0, index);
        return chunk({
          tool_calls: [
            {
              index,
              id: block.id ?? '',
              type: 'function',
              function: { name: block.name ?? '', arguments: '' },
            },
          ],
        });
      }
      case 'content_block_delta': {
        const d = p.delta;
        if (d?.type === 'text_delta') return chunk({ content: d.text ?? '' });
        if (d?.type === 'input_json_delta') {
          const index = toolIndexOfBlock.get(p.index ?? 0) ?? 0;
          return chunk({ tool_calls: [{ index, function: { arguments: d.partial_json ?? '' } }] });
        }
        return undefined; // thinking and signature deltas
      }
      case 'message_delta':
        if (p.usage) usage = { ...usage, ...p.usage };
        return chunk({}, finishReason(p.delta?.stop_reason ?? 'end_turn'));
      case 'message_stop': {
        complete = true;
        const last: ChatChunk = { ...chunk({}), choices: [], usage: toUsage(usage) };
        return last;
      }
      case 'error': {
        const type = p.error?.type ?? 'api_error';
        throw upstreamHttpError(ERROR_STATUS[type] ?? 500, event.data, provider, undefined);
      }
      default:
        return undefined; // ping, content_block_stop, future event types
    }
  }

  return {
    translate,
    get complete() {
      return complete;
    },
  };
}
