import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface WebAsset {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/assets/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/assets/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/assets/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/**
 * The page may load only its own files and talk only to its own origin: no CDN, no inline script, nothing to
 * exfiltrate a key to even if a document managed to smuggle markup into an answer.
 */
export const WEB_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

function load(): ReadonlyMap<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(new URL(`./static/${file}`, import.meta.url));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(path, { body, contentType: type, etag });
  }
  return assets;
}

/** Every file of the chat page by URL path (`/`, `/assets/app.js`, …), read once at start-up. */
export const webAssets: ReadonlyMap<string, WebAsset> = load();

/**
 * Serves the chat page's static files for GET/HEAD on `/`, `/index.html` and `/assets/*`. Returns false when the
 * path is not a page asset (the caller routes it elsewhere). Public: the page holds no data; every API call it
 * makes carries the user's key.
 *
 * @example
 * if (serveWebAsset(req, res)) return; // in the gateway's router, before the 404
 */
export function serveWebAsset(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const asset = webAssets.get(path);
  if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const headers = {
    ...WEB_SECURITY_HEADERS,
    'content-type': asset.contentType,
    etag: asset.etag,
    // Revalidate every time: the ETag makes that a 304 and a fresh deploy shows at once.
    'cache-control': 'no-cache',
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': asset.body.length });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}
