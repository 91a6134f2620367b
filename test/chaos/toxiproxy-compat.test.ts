/**
 * The fault proxy driven by the real `toxiproxy-node-client` npm package: proof that existing
 * Toxiproxy clients work against `bastion chaos proxy` unchanged.
 */
import { connect } from 'node:net';
import { Toxiproxy, ToxiproxyError, type ICreateToxicBody, type Latency } from 'toxiproxy-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaultProxyServer, type FaultProxyServer } from '../../src/chaos/proxy/control-api.js';
import { echoServer } from './servers.js';

let server: FaultProxyServer;
let client: Toxiproxy;
let echo: { port: number; close(): Promise<void> };

function roundTrip(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let got = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (c: Buffer) => {
      got += c.toString();
      if (got.length >= text.length) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(got));
  });
}

beforeAll(async () => {
  echo = await echoServer();
  server = createFaultProxyServer();
  client = new Toxiproxy(await server.listen(0));
});

afterAll(async () => {
  await server.close();
  await echo.close();
});

describe('toxiproxy-node-client against the Bastion fault proxy', () => {
  it('reads the version', async () => {
    expect(await client.getVersion()).toContain('2.');
  });

  it('creates, lists, updates and removes proxies and toxics', async () => {
    const proxy = await client.createProxy({
      name: 'redis',
      listen: '127.0.0.1:0',
      upstream: `127.0.0.1:${echo.port}`,
    });
    expect(proxy.enabled).toBe(true);
    const port = Number(proxy.listen.split(':').pop());
    expect(port).toBeGreaterThan(0);
    expect(await roundTrip(port, 'PING')).toBe('PING');

    const body: ICreateToxicBody<Latency> = {
      name: 'lag',
      type: 'latency',
      stream: 'downstream',
      toxicity: 1,
      attributes: { latency: 100, jitter: 10 },
    };
    const toxic = await proxy.addToxic(body);
    expect(toxic.toJson()).toEqual(body);
    const fetched = await proxy.getToxic('lag');
    expect(fetched.attributes).toEqual({ latency: 100, jitter: 10 });
    const updated = await fetched.update({ ...body, attributes: { latency: 5, jitter: 0 } });
    expect((updated.attributes as Latency).latency).toBe(5);

    const all = await client.getAll();
    expect(Object.keys(all)).toContain('redis');
    expect((await client.get('redis')).upstream).toBe(`127.0.0.1:${echo.port}`);
    expect(await roundTrip(port, 'still works')).toBe('still works');

    await updated.remove();
    await expect(proxy.getToxic('lag')).rejects.toBeInstanceOf(ToxiproxyError);

    const disabled = await proxy.update({ enabled: false, listen: proxy.listen, upstream: proxy.upstream });
    expect(disabled.enabled).toBe(false);
    await expect(roundTrip(port, 'down')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await client.reset();
    expect((await client.get('redis')).enabled).toBe(true);
    expect(await roundTrip(port, 'back')).toBe('back');

    await proxy.remove();
    await expect(client.get('redis')).rejects.toBeInstanceOf(ToxiproxyError);
  });

  it('populates several proxies at once', async () => {
    const proxies = await client.populate([
      { name: 'a', listen: '127.0.0.1:0', upstream: `127.0.0.1:${echo.port}` },
      { name: 'b', listen: '127.0.0.1:0', upstream: `127.0.0.1:${echo.port}` },
    ]);
    expect(Object.keys(proxies).sort()).toEqual(['a', 'b']);
  });

  it('surfaces refusals as client errors', async () => {
    await expect(
      client.createProxy({ name: 'outside', listen: '127.0.0.1:0', upstream: '203.0.113.9:443' }),
    ).rejects.toBeInstanceOf(ToxiproxyError);
  });
});
