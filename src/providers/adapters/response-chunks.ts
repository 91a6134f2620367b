import type { ChatChunk, ChatResponse } from '../types.js';

/**
 * The chunks a stream would have carried for a complete response. Some OpenAI-compatible servers ignore
 * `stream: true` (or do so for certain models) and answer plain JSON; callers still get a stream.
 */
export function responseToChunks(res: ChatResponse): ChatChunk[] {
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
  if (res.usage) chunks.push({ ...base, choices: [], usage: res.usage });
  return chunks;
}
