import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-docs-gw-'));
const db = join(dir, 'bastion.db');
let url = '';
let secret = '';
let stop: () => Promise<void> = async () => {};

/** `npm start` as users run it: the repo's bastion.yaml, the docs assistant on `local`, no provider key. */
beforeAll(async () => {
  const child = spawn(process.execPath, ['bin/bastion.js', 'serve', '--port', '0'], {
    env: { ...process.env, OPENAI_API_KEY: '', BASTION_STORE: `sqlite://${db}`, BASTION_CONFIG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 100_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const found = /listening on (\S+)/.exec(out);
      if (found?.[1] && out.includes('App keys')) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.stderr.resume();
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const store = await openStore({ store: `sqlite://${db}`, counters: 'memory' });
  secret = (await store.keys.create({ useCase: 'docs', name: 'docs-e2e' })).secret;
  await store.close();
}, 120_000);

afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start: the docs assistant through the gateway', () => {
  it('answers with bastion-docs, streaming and not, and refuses models outside the docs use case', async () => {
    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: secret, maxRetries: 0 });
    const reply = await client.chat.completions.create({
      model: 'bastion-docs',
      messages: [{ role: 'user', content: 'How do I create an admin key?' }],
    });
    expect(reply.choices[0]?.message.content?.length).toBeGreaterThan(0);
    let streamed = '';
    const stream = await client.chat.completions.create({
      model: 'bastion-docs',
      messages: [{ role: 'user', content: 'What does the gateway audit log keep?' }],
      stream: true,
    });
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? '';
    expect(streamed.length).toBeGreaterThan(0);
    await expect(
      client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toBeInstanceOf(OpenAI.PermissionDeniedError);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['bastion-docs']);
  });

  it('serves the chat page without auth, with a strict CSP, and feedback with auth', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const feedback = (body: unknown, auth = true) =>
      fetch(`${url}/v1/feedback`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth ? { authorization: `Bearer ${secret}` } : {}),
        },
        body: JSON.stringify(body),
      });
    expect((await feedback({ response_id: 'chatcmpl-x', rating: 'up' }, false)).status).toBe(401);
    expect((await feedback({ response_id: 'chatcmpl-x', rating: 'up' })).status).toBe(201);
    expect((await feedback({ response_id: 'chatcmpl-x', rating: 'meh' })).status).toBe(400);
    const passage = await fetch(`${url}/v1/docs/passages/p_nope`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(passage.status).toBe(404);
    // Passage reads are audited: which key asked for which passage.
    const store = await openStore({ store: `sqlite://${db}`, counters: 'memory' });
    try {
      const reads = [];
      for await (const r of store.audit.export()) if (r.extra?.passageId === 'p_nope') reads.push(r);
      expect(reads).toMatchObject([
        { status: 404, useCase: 'docs', extra: { route: 'GET /v1/docs/passages/:id' } },
      ]);
    } finally {
      await store.close();
    }
  });
});
