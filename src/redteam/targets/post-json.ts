import { request } from 'undici';
import type { TargetResponse } from '../types.js';

export interface RawResponse {
  status: number;
  raw: string;
  latencyMs: number;
}

/** POSTs a JSON body and reads the whole answer, with a deadline on headers and body alike. */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<RawResponse> {
  const started = performance.now();
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const raw = await res.body.text();
  return { status: res.statusCode, raw, latencyMs: performance.now() - started };
}

/** A target answer that carries no model output: an HTTP error or an unreadable body. */
export function failed(status: number, latencyMs: number, message: string, code?: string): TargetResponse {
  return { status, text: '', toolCalls: [], latencyMs, error: { code, message } };
}
