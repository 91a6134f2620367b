import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebAsset, webAssets } from './web-assets.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!serveWebAsset(req, res)) {
      res.writeHead(404);
      res.end('not an asset');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serveWebAsset', () => {
  it('serves the page and its assets with types, ETags and security headers', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/assets/app.js"></script>');
    // No external network: every URL the page references is same-origin.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const js = await fetch(`${base}/assets/app.js?v=1`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(webAssets.get('/assets/app.js')?.body.toString('utf8'));
  });

  it('answers 304 to a matching If-None-Match and an empty body to HEAD', async () => {
    const etag = webAssets.get('/assets/app.css')?.etag ?? '';
    expect((await fetch(`${base}/assets/app.css`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('leaves other paths and methods to the caller', async () => {
    expect((await fetch(`${base}/v1/models`)).status).toBe(404);
    expect((await fetch(`${base}/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(404);
  });
});
