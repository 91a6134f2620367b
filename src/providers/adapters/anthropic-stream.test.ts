import { describe, expect, it } from 'vitest';
import { createAnthropicStreamTranslator } from './anthropic-stream.js';

const ev = (data: Record<string, unknown>) => ({ event: String(data.type), data: JSON.stringify(data) });

describe('Anthropic stream translation', () => {
  it('numbers tool calls apart from text blocks and carries usage to the last chunk', () => {
    const t = createAnthropicStreamTranslator('anthropic', 42);
    const out = [
      ev({
        type: 'message_start',
        message: { id: 'msg_1', model: 'claude', usage: { input_tokens: 10, cache_read_input_tokens: 5 } },
      }),
      ev({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
      ev({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Checking.' } }),
      ev({ type: 'content_block_stop', index: 0 }),
      ev({
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'toolu_1', name: 'weather' },
      }),
      ev({
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '{"city":' },
      }),
      ev({
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '"Oslo"}' },
      }),
      ev({
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 'toolu_2', name: 'time' },
      }),
      ev({ type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{}' } }),
      ev({ type: 'ping' }),
      ev({ type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 30 } }),
      ev({ type: 'message_stop' }),
    ]
      .map((e) => t.translate(e))
      .filter((c) => c !== undefined);
    expect(t.complete).toBe(true);
    expect(out[0]).toMatchObject({
      id: 'msg_1',
      model: 'claude',
      created: 42,
      choices: [{ delta: { role: 'assistant', content: '' } }],
    });
    expect(out[1]?.choices[0]?.delta).toEqual({ content: 'Checking.' });
    const calls = out.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(
      calls
        .filter((c) => c.index === 0)
        .map((c) => c.function?.arguments)
        .join(''),
    ).toBe('{"city":"Oslo"}');
    expect(calls.find((c) => c.index === 1)).toMatchObject({ id: 'toolu_2', function: { name: 'time' } });
    expect(out.at(-2)?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(out.at(-1)).toMatchObject({
      choices: [],
      usage: {
        prompt_tokens: 15,
        completion_tokens: 30,
        total_tokens: 45,
        prompt_tokens_details: { cached_tokens: 5 },
      },
    });
  });

  it('turns an in-stream error event into a typed error', () => {
    const t = createAnthropicStreamTranslator('anthropic', 0);
    expect(() =>
      t.translate(ev({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })),
    ).toThrow(expect.objectContaining({ code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX' }));
    expect(() =>
      t.translate(ev({ type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } })),
    ).toThrow(expect.objectContaining({ code: 'BASTION_ERR_PROVIDERS_RATE_LIMITED' }));
    expect(() => t.translate({ event: 'message_start', data: '{oops' })).toThrow(
      expect.objectContaining({ code: 'BASTION_ERR_PROVIDERS_INVALID_RESPONSE' }),
    );
  });
});
