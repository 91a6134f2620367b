/**
 * Issue #3, output guards: "canary leaks (the gateway can plant a per-request canary in the system prompt and catch
 * it coming back, also when encoded, reversed or spaced out)". Opt-in with `guards.output.canary.options.plant`.
 * The upstream here is a model talked into leaking: it finds the canary in the system prompt it received and
 * answers with it spaced out, reversed or base64-encoded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultYaml, startHarness, type Harness } from '../gateway/harness.js';

let h: Harness;
let upstream: Server;
const systems: string[] = [];

type Leak = 'spaced' | 'reversed' | 'base64' | 'none';
const leakAs = (canary: string, how: Leak): string => {
  if (how === 'spaced') return canary.split('').join(' ');
  if (how === 'reversed') return canary.split('').reverse().join('');
  if (how === 'base64') return Buffer.from(canary).toString('base64');
  return 'no secret here';
};

function startLeakyModel(): Promise<string> {
  upstream = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as { stream?: boolean; messages: { role: string; content: string }[] };
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      systems.push(system);
      const how = (body.messages.at(-1)?.content ?? 'none') as Leak;
      const canary = /bstc[a-z0-9]{16}/.exec(system)?.[0] ?? 'none';
      const text = `Here you go: ${leakAs(canary, how)} - anything else?`;
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (delta: object, finish: string | null) =>
          `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
        for (const word of text.split(/(?<= )/)) res.write(chunk({ content: word }, null));
        res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'c',
          object: 'chat.completion',
          created: 1,
          model: 'm',
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  return new Promise((resolve) =>
    upstream.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`),
    ),
  );
}

beforeAll(async () => {
  const url = await startLeakyModel();
  h = await startHarness({
    yaml: (urls) =>
      defaultYaml(urls)
        .replace(
          'providers:\n',
          `providers:\n  leaky:\n    type: openai-compatible\n    hosting: self-hosted\n    baseUrl: ${url}\n`,
        )
        .replace('models:\n', 'models:\n  leaky:\n    provider: leaky\n')
        .replace(
          'useCases:\n',
          `useCases:
  canary:
    models: [leaky]
    guards: { output: { canary: { options: { plant: true } } } }
  plain:
    models: [leaky]
`,
        ),
  });
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const ask = (how: Leak) => [
  { role: 'system' as const, content: 'You are the billing helper of Acme.' },
  { role: 'user' as const, content: how },
];

describe('per-request canary (guards.output.canary.options.plant)', () => {
  it('is planted in the system prompt, fresh for each request, and caught when it comes back disguised', async () => {
    const client = h.client(await h.key({ useCase: 'canary' }));
    for (const how of ['spaced', 'reversed', 'base64'] as const) {
      const reply = await client.chat.completions.create({ model: 'leaky', messages: ask(how) });
      expect(reply.choices[0]?.finish_reason, how).toBe('content_filter');
      const record = await h.lastAudit();
      expect(record.findings.map((f) => f.kind)).toContain('canary_leak');
      expect(record.extra?.canary).toBe(true);
      // The record never holds the canary itself.
      expect(JSON.stringify(record)).not.toMatch(/bstc[a-z0-9]{16}/);
    }
    const planted = systems.slice(-3).map((s) => /bstc[a-z0-9]{16}/.exec(s)?.[0]);
    expect(planted.every((c) => c !== undefined)).toBe(true);
    expect(new Set(planted).size).toBe(3);
    expect(systems.at(-1)).toContain('You are the billing helper of Acme.');
  });

  it('ends a stream that leaks it; an answer without it passes', async () => {
    const client = h.client(await h.key({ useCase: 'canary' }));
    const stream = await client.chat.completions.create({
      model: 'leaky',
      stream: true,
      messages: ask('spaced'),
    });
    let text = '';
    const failure = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    const canary = /bstc[a-z0-9]{16}/.exec(systems.at(-1) ?? '')?.[0] ?? '';
    expect(text.replace(/ /g, '')).not.toContain(canary);
    const clean = await client.chat.completions.create({ model: 'leaky', messages: ask('none') });
    expect(clean.choices[0]?.finish_reason).toBe('stop');
  });

  it('is not planted unless the use case asks for it', async () => {
    const client = h.client(await h.key({ useCase: 'plain' }));
    await client.chat.completions.create({ model: 'leaky', messages: ask('none') });
    expect(systems.at(-1)).toBe('You are the billing helper of Acme.');
  });
});
