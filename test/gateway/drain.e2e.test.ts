import { request, Agent } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

/**
 * Graceful shutdown as a client on a keep-alive connection sees it: what is in flight is answered, what still
 * arrives on an open connection is answered too, and every such answer closes its connection, so the client's next
 * request goes to a server that is not stopping (a replica, or another worker after a reload) without an error.
 */
interface Reply {
  status: number;
  connection: string | undefined;
  body: string;
}

function chat(h: Harness, agent: Agent, secret: string, stream = false): Promise<Reply> {
  const body = JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'hi' }], stream });
  const url = new URL(`${h.url}/v1/chat/completions`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${secret}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('gateway shutdown with keep-alive clients', () => {
  it('answers a request in flight at close() and closes its connection', async () => {
    h = await startHarness();
    const secret = await h.key();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    h.up.enqueue({ latencyMs: 300 });
    const pending = chat(h, agent, secret);
    while ((h.up.counts['/v1/chat/completions'] ?? 0) === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = h.gateway.close(5000);
    const reply = await pending;
    expect(reply.status).toBe(200);
    expect(reply.connection).toBe('close');
    await closing;
    agent.destroy();
  });

  it('answers a request that arrives on an open connection while draining, instead of a 503', async () => {
    h = await startHarness();
    const secret = await h.key();
    const slow = new Agent({ keepAlive: true, maxSockets: 1 });
    const reused = new Agent({ keepAlive: true, maxSockets: 1 });
    // A long stream keeps the gateway draining; a short one, whose headers went out before close(), leaves its
    // connection open (it was promised keep-alive), and the client's next request reuses it.
    h.up.enqueue({ chunkDelayMs: 150 });
    h.up.enqueue({ chunkDelayMs: 10 });
    const long = chat(h, slow, secret, true);
    while ((h.up.counts['/v1/chat/completions'] ?? 0) < 1) await new Promise((r) => setTimeout(r, 5));
    const short = chat(h, reused, secret, true);
    while ((h.up.counts['/v1/chat/completions'] ?? 0) < 2) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 5));
    const closing = h.gateway.close(5000);
    const first = await short;
    expect(first.status).toBe(200);
    expect(first.body).toContain('[DONE]');
    expect(first.connection).toBe('keep-alive');
    const second = await chat(h, reused, secret);
    expect(second.status).toBe(200);
    expect(second.connection).toBe('close');
    expect(JSON.parse(second.body)).toHaveProperty('choices');
    expect((await long).status).toBe(200);
    await closing;
    slow.destroy();
    reused.destroy();
  });
});
