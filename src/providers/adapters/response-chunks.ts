import type { ChatChunk, ChatResponse } from '../types.js';

/**
 * The chunks a stream would have carried for a complete response: per choice, one chunk with the role, the whole
 * content and any tool calls, then one with its finish reason, then the usage chunk. Two callers need this, and
 * share it so that a replayed answer looks exactly like a streamed one:
 * - OpenAI-compatible servers that ignore `stream: true` (or do so for certain models) and answer plain JSON:
 *   callers still get a stream (with usage, which the gateway always asks the upstream for);
 * - the gateway, when a client collects an approved (held) answer with `stream: true`: usage only if the client
 *   asked for it (`stream_options.include_usage`), as a live stream would.
 *
 * @example
 * for (const chunk of responseToChunks(answer, { includeUsage: false })) write(JSON.stringify(chunk));
 */
export function responseToChunks(res: ChatResponse, options: { includeUsage?: boolean } = {}): ChatChunk[] {
  const base = {
    id: res.id,
    object: 'chat.completion.chunk' as const,
    created: res.created,
    model: res.model,
  };
  const chunks: ChatChunk[] = res.choices.map((choice) => ({
    ...base,
    choices: [
      {
        index: choice.index,
        delta: {
          role: 'assistant' as const,
          content: choice.message.content,
          ...(choice.message.tool_calls
            ? { tool_calls: choice.message.tool_calls.map((call, index) => ({ index, ...call })) }
            : {}),
        },
        finish_reason: null,
      },
    ],
  }));
  for (const choice of res.choices) {
    chunks.push({
      ...base,
      choices: [{ index: choice.index, delta: {}, finish_reason: choice.finish_reason ?? 'stop' }],
    });
  }
  if (res.usage && options.includeUsage !== false) chunks.push({ ...base, choices: [], usage: res.usage });
  return chunks;
}
