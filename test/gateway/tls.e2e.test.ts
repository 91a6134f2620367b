import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/index.js';
import { createGateway } from '../../src/gateway/create-gateway.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('server.tls', () => {
  it('serves HTTPS with the configured certificate', async () => {
    // A throwaway self-signed certificate for this test only.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const loaded = parseConfig(
      `server:\n  tls: { cert: ${join(dir, 'cert.pem')}, key: ${join(dir, 'key.pem')} }\n`,
      '<inline>',
    );
    const gateway = createGateway({ loaded });
    const url = await gateway.listen(0, '127.0.0.1');
    expect(url).toMatch(/^https:\/\//);
    const status = await new Promise<number>((resolve, reject) => {
      get(`${url}/healthz`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(200);
    await gateway.close(100);
  });

  it('a missing certificate file is a clear start-up error', () => {
    const loaded = parseConfig(
      'server:\n  tls: { cert: /nonexistent/cert.pem, key: /nonexistent/key.pem }\n',
      '<inline>',
    );
    expect(() => createGateway({ loaded })).toThrow(/server\.tls: cannot read/);
  });
});
