/**
 * Issue #4: "`POST /v1/feedback` (response id, thumbs up/down, comment) links to the audit record". A client that
 * sends only the answer's id (as OpenAI clients have it: `completion.id`) must still find the audit record of that
 * answer: the gateway records each answer's id, streamed or not, and `bastion docs feedback` lists the feedback.
 */
import OpenAI from 'openai';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/store/types.js';
import { startWebStack, type WebStack } from '../web/stack.js';

let stack: WebStack;
let client: OpenAI;
let secret: string;

beforeAll(async () => {
  stack = await startWebStack([join(import.meta.dirname, '../../docs/how-to-rotate-a-key.md')]);
  secret = await stack.key();
  client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: secret, maxRetries: 0 });
});
afterAll(async () => {
  await stack.close();
});

async function records(): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of stack.store.audit.export()) out.push(r);
  return out;
}

async function feedback(responseId: string, rating: 'up' | 'down', comment: string): Promise<number> {
  const res = await fetch(`${stack.url}/v1/feedback`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ response_id: responseId, rating, comment }),
  });
  return res.status;
}

describe('feedback by response id', () => {
  it('finds the audit record of the answer it rates, complete or streamed', async () => {
    const answer = await client.chat.completions.create({
      model: 'bastion-docs',
      messages: [{ role: 'user', content: 'How do I rotate a key?' }],
    });
    let streamedId = '';
    const stream = await client.chat.completions.create({
      model: 'bastion-docs',
      stream: true,
      messages: [{ role: 'user', content: 'How do I rotate a key?' }],
    });
    for await (const chunk of stream) streamedId ||= chunk.id;
    expect(answer.id).not.toBe(streamedId);

    expect(await feedback(answer.id, 'up', 'clear')).toBe(201);
    expect(await feedback(streamedId, 'down', 'too short')).toBe(201);

    const all = await records();
    for (const id of [answer.id, streamedId]) {
      const answered = all.filter((r) => r.extra?.responseId === id);
      expect(answered, id).toHaveLength(1);
      expect(answered[0]).toMatchObject({ status: 200, model: 'bastion-docs' });
    }
    const rated = stack.runtime.feedback.list().map((f) => f.responseId);
    expect(rated).toEqual(expect.arrayContaining([answer.id, streamedId]));
  });
});
