import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../types.js';
import { responseToChunks } from './response-chunks.js';

const answer: ChatResponse = {
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1700000000,
  model: 'm',
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
      },
      finish_reason: 'tool_calls',
    },
  ],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
};

describe('responseToChunks', () => {
  it('replays an answer as a stream would carry it: content and tool calls, then the finish, then usage', () => {
    const chunks = responseToChunks(answer);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]?.choices[0]).toEqual({
      index: 0,
      delta: {
        role: 'assistant',
        content: null,
        tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
      },
      finish_reason: null,
    });
    expect(chunks[1]?.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: 'tool_calls' });
    expect(chunks[2]).toMatchObject({ object: 'chat.completion.chunk', choices: [], usage: answer.usage });
    for (const chunk of chunks)
      expect(chunk).toMatchObject({ id: 'chatcmpl-1', created: 1700000000, model: 'm' });
  });

  it('leaves usage out when the caller did not ask for it, and defaults a missing finish reason to stop', () => {
    const chunks = responseToChunks(
      {
        ...answer,
        choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: null }],
      },
      { includeUsage: false },
    );
    expect(chunks).toHaveLength(2);
    expect(chunks[1]?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.some((c) => c.usage)).toBe(false);
  });
});
