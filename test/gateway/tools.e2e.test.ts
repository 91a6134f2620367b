import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, startHarness, type Harness } from './harness.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;
let h: Harness;
let admin: string;

const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'delete_repo',
      description: 'Deletes a repository',
      parameters: { type: 'object', properties: {} },
    },
  },
];
const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'clean up' }];

beforeAll(async () => {
  h = await startHarness();
  h.up.set({ echoToolCalls: true });
  admin = await h.key({ admin: true, useCase: null });
});
afterAll(async () => {
  await h.close();
});

describe('tool calls follow the use case policy', () => {
  it('allow: passes tool calls through', async () => {
    const client = h.client(await h.key({ useCase: 'app' }));
    const reply = await client.chat.completions.create({ model: 'fast', messages, tools });
    expect(
      reply.choices[0]?.message.tool_calls?.[0]?.type === 'function' &&
        reply.choices[0].message.tool_calls[0].function.name,
    ).toBe('delete_repo');
  });

  it('deny: a request offering tools is refused before any upstream call', async () => {
    const client = h.client(await h.key({ useCase: 'tools-deny' }));
    const before = h.up.requests;
    const error = (await client.chat.completions
      .create({ model: 'fast', messages, tools })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(error.code).toBe('BASTION_ERR_GATEWAY_TOOLS_DENIED');
    expect(h.up.requests).toBe(before);
  });

  it('strip: tools are removed before the call and the model answers in text', async () => {
    const client = h.client(await h.key({ useCase: 'tools-strip' }));
    const reply = await client.chat.completions.create({ model: 'fast', messages, tools });
    expect((h.up.last?.body as Record<string, unknown>).tools).toBeUndefined();
    expect(reply.choices[0]?.message.tool_calls).toBeUndefined();
    expect(reply.choices[0]?.message.content).toBeTruthy();
  });

  it('approve: the call is held (409 with an approval id) until an admin approves; then the held answer is delivered once', async () => {
    const client = h.client(await h.key({ useCase: 'tools-approve' }));
    const held = (await client.chat.completions
      .create({ model: 'fast', messages, tools })
      .catch((e: unknown) => e)) as ApiError;
    expect(held.status).toBe(409);
    expect(held.code).toBe('BASTION_ERR_GATEWAY_TOOLS_APPROVAL');
    const id = (held.error as { approval_id: string }).approval_id;
    expect(id).toMatch(/^apr_/);
    expect(held.message).toContain('delete_repo');

    const retryHeaders = { headers: { 'x-bastion-approval': id } };
    const stillPending = (await client.chat.completions
      .create({ model: 'fast', messages, tools }, retryHeaders)
      .catch((e: unknown) => e)) as ApiError;
    expect(stillPending.status).toBe(409);

    const pending = await raw(`${h.url}/admin/v1/approvals`, {
      method: 'GET',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(pending.text).toContain('delete_repo');
    const decided = await raw(`${h.url}/admin/v1/approvals/${id}/approve`, {
      headers: { authorization: `Bearer ${admin}` },
      body: '',
    });
    expect((decided.json as { status: string }).status).toBe('approved');

    const upstreamCalls = h.up.requests;
    const reply = await client.chat.completions.create({ model: 'fast', messages, tools }, retryHeaders);
    const call = reply.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function.name).toBe('delete_repo');
    expect(h.up.requests).toBe(upstreamCalls); // the approved answer, not a new one
    const again = (await client.chat.completions
      .create({ model: 'fast', messages, tools }, retryHeaders)
      .catch((e: unknown) => e)) as ApiError;
    expect(again.status).toBe(404);
  });

  it('approve: the approved answer can be collected as a stream (same chunks as a live stream)', async () => {
    const client = h.client(await h.key({ useCase: 'tools-approve' }));
    const held = (await client.chat.completions
      .create({ model: 'fast', messages, tools })
      .catch((e: unknown) => e)) as ApiError;
    const id = (held.error as { approval_id: string }).approval_id;
    await raw(`${h.url}/admin/v1/approvals/${id}/approve`, {
      headers: { authorization: `Bearer ${admin}` },
      body: '',
    });
    const upstreamCalls = h.up.requests;
    const stream = await client.chat.completions.create(
      { model: 'fast', messages, tools, stream: true },
      { headers: { 'x-bastion-approval': id } },
    );
    const names: string[] = [];
    const finishes: (string | null)[] = [];
    let usageChunks = 0;
    for await (const chunk of stream) {
      if (chunk.usage) usageChunks++;
      for (const choice of chunk.choices) {
        for (const call of choice.delta.tool_calls ?? [])
          if (call.function?.name) names.push(call.function.name);
        if (choice.finish_reason) finishes.push(choice.finish_reason);
      }
    }
    expect(names).toEqual(['delete_repo']);
    expect(finishes).toEqual(['tool_calls']);
    expect(usageChunks).toBe(0); // the client did not ask for usage
    expect(h.up.requests).toBe(upstreamCalls);
  });

  it('approve, streaming: tool-call deltas are held and the stream ends with the approval error', async () => {
    const client = h.client(await h.key({ useCase: 'tools-approve' }));
    const stream = await client.chat.completions.create({ model: 'fast', messages, tools, stream: true });
    let sawToolDelta = false;
    const error = (await (async () => {
      for await (const chunk of stream) if (chunk.choices[0]?.delta.tool_calls) sawToolDelta = true;
    })().catch((e: unknown) => e)) as ApiError;
    expect(sawToolDelta).toBe(false);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(JSON.stringify(error.error)).toContain('apr_');
  });

  it('a denied approval is a 403', async () => {
    const client = h.client(await h.key({ useCase: 'tools-approve' }));
    const held = (await client.chat.completions
      .create({ model: 'fast', messages, tools })
      .catch((e: unknown) => e)) as ApiError;
    const id = (held.error as { approval_id: string }).approval_id;
    await raw(`${h.url}/admin/v1/approvals/${id}/deny`, {
      headers: { authorization: `Bearer ${admin}` },
      body: '',
    });
    const denied = (await client.chat.completions
      .create({ model: 'fast', messages, tools }, { headers: { 'x-bastion-approval': id } })
      .catch((e: unknown) => e)) as ApiError;
    expect(denied.status).toBe(403);
    expect(denied.code).toBe('BASTION_ERR_GATEWAY_APPROVAL_DENIED');
  });
});
