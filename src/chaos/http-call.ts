import { request } from 'undici';
import { BastionError } from '../core/errors/index.js';

export interface HttpCall {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface HttpCallResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  latencyMs: number;
}

const MAX_BODY = 4 * 1024 * 1024;

/**
 * One HTTP exchange for chaos actions and probes, with a hard deadline. Probes target the
 * operator's own services (the experiment names them), so this is not the gateway's egress path.
 */
export async function httpCall(call: HttpCall): Promise<HttpCallResult> {
  const signals = [AbortSignal.timeout(call.timeoutMs), ...(call.signal ? [call.signal] : [])];
  const started = performance.now();
  try {
    const res = await request(call.url, {
      method: (call.method ?? 'GET').toUpperCase() as 'GET',
      headers: call.headers,
      body: call.body,
      signal: AbortSignal.any(signals),
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size <= MAX_BODY) chunks.push(chunk as Buffer);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    return {
      status: res.statusCode,
      headers,
      body: Buffer.concat(chunks).toString('utf8'),
      latencyMs: performance.now() - started,
    };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new BastionError(
      'BASTION_ERR_CHAOS_PROBE_FAILED',
      `${call.method ?? 'GET'} ${call.url}: ${reason}`,
      { cause },
    );
  }
}
