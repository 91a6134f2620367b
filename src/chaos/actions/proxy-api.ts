import { BastionError } from '../../core/errors/index.js';
import { httpCall } from '../http-call.js';

export const DEFAULT_PROXY_API = 'http://127.0.0.1:8474';

/** Calls the fault proxy's (or a real Toxiproxy's) API; 404 is tolerated when `missingOk`. */
export async function proxyApi(
  api: string,
  method: string,
  path: string,
  body?: unknown,
  missingOk = false,
): Promise<unknown> {
  const res = await httpCall({
    url: `${api.replace(/\/$/, '')}${path}`,
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    timeoutMs: 5000,
  });
  if (res.status === 404 && missingOk) return undefined;
  if (res.status >= 400) {
    throw new BastionError(
      'BASTION_ERR_CHAOS_ACTION_FAILED',
      `fault proxy ${method} ${path}: ${res.status} ${res.body.slice(0, 300)}`,
    );
  }
  return res.body ? (JSON.parse(res.body) as unknown) : undefined;
}
