import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../core/config/index.js';
import type { ChatChunk } from '../providers/types.js';
import { createDocsModel, type DocsChatChunk, type DocsChatResponse } from './docs-model.js';
import { createAssistantRoutes } from './routes.js';
import { openAssistant, type AssistantRuntime } from './runtime.js';

let dir: string;
let rt: AssistantRuntime;
const ctx = { signal: new AbortController().signal, requestId: 'r1' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-docs-model-'));
  writeFileSync(
    join(dir, 'rotate.md'),
    '# Rotate a key\n\nTo rotate a key, run:\n\n```sh\nbastion keys rotate KEY_ID\n```\n\nThe old secret stops working at once.\n',
  );
  const loaded = parseConfig(`store: sqlite://./index.db\n`, join(dir, 'bastion.yaml'));
  rt = openAssistant(loaded);
  // serve's start-up ingest (and its missing-path warning) is proven end to end in test/cli/start-ingest.e2e.test.ts.
  rt.ingest(['rotate.md']);
});
afterAll(async () => {
  await rt.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bastion-docs ModelAdapter', () => {
  it('keeps the index in the store file resolved against the config folder', () => {
    expect(rt.indexPath).toBe(join(dir, 'index.db'));
  });

  it('answers chat requests in OpenAI shape, with citations and usage', async () => {
    const model = createDocsModel({ assistant: rt.assistant, now: () => 1_700_000_000_000 });
    const res = (await model.chat(
      {
        model: 'bastion-docs',
        messages: [
          { role: 'system', content: 'be brief' },
          { role: 'user', content: 'How do I rotate a key?' },
        ],
      },
      ctx,
    )) as DocsChatResponse;
    expect(res).toMatchObject({ object: 'chat.completion', created: 1_700_000_000, model: 'bastion-docs' });
    expect(res.id).toMatch(/^chatcmpl-docs-/);
    const content = res.choices[0]?.message.content ?? '';
    expect(content).toContain('bastion keys rotate KEY_ID');
    expect(content).toMatch(/Sources:\n\[1\] rotate\.md — Rotate a key \(p_[0-9a-f]{16}\)/);
    expect(res.citations[0]?.source).toBe('rotate.md');
    expect(res.usage?.total_tokens).toBe(
      (res.usage?.prompt_tokens ?? 0) + (res.usage?.completion_tokens ?? 0),
    );
    expect(res.usage?.completion_tokens).toBe(Math.ceil(content.length / 4));
  });

  it('streams chunks whose deltas add up to the full answer, then stop, citations and usage', async () => {
    const model = createDocsModel({ assistant: rt.assistant });
    const req = {
      model: 'bastion-docs',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'user' as const, content: [{ type: 'text' as const, text: 'How do I rotate a key?' }] },
      ],
    };
    const chunks: DocsChatChunk[] = [];
    for await (const c of model.chatStream(req, ctx)) chunks.push(c as DocsChatChunk);
    const full = (await model.chat(req, ctx)).choices[0]?.message.content;
    expect(chunks.map((c: ChatChunk) => c.choices[0]?.delta.content ?? '').join('')).toBe(full);
    expect(chunks.length).toBeGreaterThan(4);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const stop = chunks.find((c) => c.choices[0]?.finish_reason === 'stop');
    expect(stop?.citations?.[0]?.source).toBe('rotate.md');
    expect(chunks.at(-1)?.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('refuses a request without a user message', async () => {
    const model = createDocsModel({ assistant: rt.assistant });
    await expect(
      model.chat({ model: 'bastion-docs', messages: [{ role: 'system', content: 'x' }] }, ctx),
    ).rejects.toMatchObject({
      code: 'BASTION_ERR_ASSISTANT_QUESTION_INVALID',
    });
  });
});

describe('assistant routes', () => {
  const routes = () => createAssistantRoutes(rt, () => 1_700_000_000_000);

  it('stores feedback linked to the response and request ids, and rejects malformed bodies', () => {
    const r = routes().feedback(
      { response_id: 'chatcmpl-1', request_id: 'req-9', rating: 'down', comment: '  outdated  ' },
      { keyId: 'key_1' },
    );
    expect(r.status).toBe(201);
    expect(rt.feedback.list().at(-1)).toMatchObject({
      responseId: 'chatcmpl-1',
      requestId: 'req-9',
      keyId: 'key_1',
      rating: 'down',
      comment: 'outdated',
    });
    expect(() => routes().feedback({ response_id: 'x', rating: 'meh' }, { keyId: null })).toThrow(/rating/);
    expect(() => routes().feedback({ rating: 'up' }, { keyId: null })).toThrow(/response_id/);
    expect(() => routes().feedback({ response_id: 'x', rating: 'up', extra: 1 }, { keyId: null })).toThrow(
      /extra|Unrecognized/,
    );
  });

  it('returns a passage by id, 404 for unknown or malformed ids', async () => {
    const model = createDocsModel({ assistant: rt.assistant });
    const res = (await model.chat(
      { model: 'bastion-docs', messages: [{ role: 'user', content: 'rotate a key' }] },
      ctx,
    )) as DocsChatResponse;
    const id = res.citations[0]?.id ?? '';
    const got = routes().passage(id);
    expect(got.body).toMatchObject({ id, source: 'rotate.md', heading: 'Rotate a key' });
    expect(String((got.body as { text: string }).text)).toContain('bastion keys rotate');
    expect(() => routes().passage('p_0000000000000000')).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => routes().passage('../../etc/passwd')).toThrow(
      expect.objectContaining({ code: 'BASTION_ERR_ASSISTANT_PASSAGE_NOT_FOUND' }),
    );
  });
});
