import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTarget, getPath } from './http.js';

let url = '';
let lastBody: unknown;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    lastBody = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const prompt = (lastBody as { input: { text: string } }).input.text;
    if (prompt.includes('fail')) {
      res.writeHead(503).end('overloaded');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { answer: `echo: ${prompt}` } }));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chat`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('generic HTTP target', () => {
  const target = () =>
    createHttpTarget({
      url,
      bodyTemplate: '{"input":{"text":"{{prompt}}","sys":"{{system}}"}}',
      responsePath: 'data.answer',
      headers: { 'x-app': 'redteam' },
      timeoutMs: 5000,
    });

  it('fills the template with JSON-safe text and reads the answer at the path', async () => {
    const tricky = 'quote " backslash \\ newline \n tag </x>';
    const res = await target().send({
      messages: [
        { role: 'system', content: 'be nice' },
        { role: 'user', content: tricky },
      ],
      signal: AbortSignal.timeout(5000),
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe(`echo: ${tricky}`);
    expect(lastBody).toEqual({ input: { text: tricky, sys: 'be nice' } });
  });

  it('reports HTTP errors without model output', async () => {
    const res = await target().send({
      messages: [{ role: 'user', content: 'please fail' }],
      signal: AbortSignal.timeout(5000),
    });
    expect(res).toMatchObject({ status: 503, text: '', error: { message: 'overloaded' } });
  });

  it('walks dot paths, including array indexes', () => {
    expect(getPath({ choices: [{ text: 'a' }] }, 'choices.0.text')).toBe('a');
    expect(getPath({ a: 1 }, 'a.b.c')).toBeUndefined();
  });
});
