/**
 * Issue #3: "`tokenize` replaces each PII value with a placeholder (`<PERSON_1>`) before the prompt leaves for the
 * model, and restores the originals in the response, also in streams where a placeholder is split across chunks."
 * Through the real gateway: an upstream that streams its answer in 3-character deltas (every placeholder arrives
 * cut in pieces), an answer longer than the output hold-back window, and the official SDK as the client.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultYaml, startHarness, type Harness } from '../gateway/harness.js';

let h: Harness;
let upstream: Server;
const seen: string[] = [];

/** Echoes the last user message back, streamed 3 characters per SSE event. */
function startSplittingEcho(): Promise<string> {
  upstream = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: { role: string; content: string }[] };
      const last = body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
      seen.push(last);
      const chunk = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 0; i < last.length; i += 3) res.write(chunk({ content: last.slice(i, i + 3) }, null));
      res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
    });
  });
  return new Promise((resolve) =>
    upstream.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`),
    ),
  );
}

beforeAll(async () => {
  const echoUrl = await startSplittingEcho();
  h = await startHarness({
    yaml: (urls) =>
      defaultYaml(urls)
        .replace(
          'providers:\n',
          `providers:\n  splitter:\n    type: openai-compatible\n    hosting: saas\n    baseUrl: ${echoUrl}\n`,
        )
        .replace(
          'models:\n',
          'models:\n  saas-echo:\n    provider: splitter\n    dataClasses: [public, internal]\n',
        )
        .replace(
          'useCases:\n',
          'useCases:\n  tok:\n    models: [saas-echo]\n    onDisallowedData: tokenize\n',
        ),
  });
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('tokenize on a stream whose chunks cut every placeholder', () => {
  it('the model sees placeholders only; the client gets every original value back, byte for byte', async () => {
    const pii = 'Write to jane.doe@example.com or +44 20 7946 0958, my name is John Smith.';
    const filler = 'Some sentence that only fills the answer past the hold-back window. ';
    const prompt = `${filler.repeat(3)}${pii} ${filler.repeat(2)}${pii}`;
    const client = h.client(await h.key({ useCase: 'tok' }));
    const stream = await client.chat.completions.create({
      model: 'saas-echo',
      stream: true,
      messages: [{ role: 'user', content: prompt }],
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content ?? '';
      if (delta) chunks++;
      text += delta;
    }
    const sent = seen.at(-1) ?? '';
    expect(sent).toContain('<EMAIL_ADDRESS_1>');
    expect(sent).toContain('<PHONE_NUMBER_1>');
    expect(sent).toContain('<PERSON_1>');
    expect(sent).not.toContain('jane.doe@example.com');
    expect(sent).not.toContain('7946');
    expect(sent).not.toContain('John Smith');
    expect(text).toBe(prompt);
    // Released in several pieces as the stream went on, not held to the end.
    expect(chunks).toBeGreaterThan(1);
  });
});
