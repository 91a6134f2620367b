import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../types.js';
import {
  DEFAULT_MAX_TOKENS,
  finishReason,
  fromAnthropicResponse,
  toAnthropicRequest,
  toUsage,
} from './anthropic-translate.js';

const base: ChatRequest = { model: 'claude', messages: [{ role: 'user', content: 'hi' }] };

describe('toAnthropicRequest', () => {
  it('defaults max_tokens, joins system and developer messages, clamps temperature', () => {
    const out = toAnthropicRequest(
      {
        ...base,
        temperature: 1.5,
        messages: [
          { role: 'system', content: 'A' },
          { role: 'developer', content: [{ type: 'text', text: 'B' }] },
          { role: 'user', content: 'hi' },
        ],
      },
      true,
    );
    expect(out).toMatchObject({
      max_tokens: DEFAULT_MAX_TOKENS,
      system: 'A\n\nB',
      stream: true,
      temperature: 1,
    });
    expect(out.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
  });

  it('translates images: data URLs to base64 sources, others to url sources', () => {
    const out = toAnthropicRequest(
      {
        ...base,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'what is this' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
            ],
          },
        ],
      },
      false,
    );
    expect(out.messages[0]?.content).toEqual([
      { type: 'text', text: 'what is this' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
    ]);
  });

  it('maps tool_choice and parallel_tool_calls', () => {
    const tools = [{ type: 'function' as const, function: { name: 'f' } }];
    expect(toAnthropicRequest({ ...base, tools, tool_choice: 'required' }, false).tool_choice).toEqual({
      type: 'any',
    });
    expect(
      toAnthropicRequest(
        { ...base, tools, tool_choice: { type: 'function', function: { name: 'f' } } },
        false,
      ).tool_choice,
    ).toEqual({ type: 'tool', name: 'f' });
    expect(toAnthropicRequest({ ...base, tools, parallel_tool_calls: false }, false).tool_choice).toEqual({
      type: 'auto',
      disable_parallel_tool_use: true,
    });
    // tool_choice none: Anthropic gets no tools at all, so it cannot call one.
    expect(toAnthropicRequest({ ...base, tools, tool_choice: 'none' }, false).tools).toBeUndefined();
    expect(toAnthropicRequest({ ...base, tools }, false).tools?.[0]).toEqual({
      name: 'f',
      input_schema: { type: 'object', properties: {} },
    });
  });

  it('rejects what cannot be translated with a clear 400', () => {
    const badArgs: ChatRequest = {
      ...base,
      messages: [
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{oops' } }],
        },
      ],
    };
    expect(() => toAnthropicRequest(badArgs, false)).toThrow(/arguments are not valid JSON/);
    expect(() =>
      toAnthropicRequest(
        {
          ...base,
          messages: [
            { role: 'user', content: [{ type: 'input_audio', input_audio: { data: '', format: 'wav' } }] },
          ],
        },
        false,
      ),
    ).toThrow(expect.objectContaining({ code: 'BASTION_ERR_PROVIDERS_BAD_REQUEST', status: 400 }));
    expect(() => toAnthropicRequest({ ...base, messages: [{ role: 'tool', content: 'x' }] }, false)).toThrow(
      /tool_call_id/,
    );
  });
});

describe('from Anthropic', () => {
  it('maps every stop reason', () => {
    expect(finishReason('end_turn')).toBe('stop');
    expect(finishReason('stop_sequence')).toBe('stop');
    expect(finishReason('max_tokens')).toBe('length');
    expect(finishReason('tool_use')).toBe('tool_calls');
    expect(finishReason('refusal')).toBe('content_filter');
    expect(finishReason(null)).toBeNull();
  });

  it('counts cached prompt tokens into prompt_tokens like OpenAI', () => {
    expect(
      toUsage({
        input_tokens: 10,
        cache_read_input_tokens: 90,
        cache_creation_input_tokens: 5,
        output_tokens: 7,
      }),
    ).toEqual({
      prompt_tokens: 105,
      completion_tokens: 7,
      total_tokens: 112,
      prompt_tokens_details: { cached_tokens: 90 },
    });
  });

  it('joins text blocks, drops thinking, keeps tool calls in order', () => {
    const res = fromAnthropicResponse(
      {
        id: 'msg_1',
        model: 'claude',
        stop_reason: 'tool_use',
        usage: { input_tokens: 3, output_tokens: 4 },
        content: [
          { type: 'thinking', text: 'secret reasoning' },
          { type: 'text', text: 'Let me ' },
          { type: 'text', text: 'check.' },
          { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } },
        ],
      },
      1234,
    );
    expect(res).toMatchObject({ id: 'msg_1', created: 1234, object: 'chat.completion' });
    expect(res.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'Let me check.',
      tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }],
    });
    expect(res.choices[0]?.finish_reason).toBe('tool_calls');
  });
});
