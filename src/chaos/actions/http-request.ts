import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { durationMs } from '../experiment/common-schema.js';
import { httpCall } from '../http-call.js';
import { defineAction } from './types.js';

export const httpSchema = z
  .object({
    url: z.string().url(),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']).default('GET'),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string().optional(),
    json: z.unknown().optional(),
    timeout: durationMs.default(10_000),
  })
  .strict();

export function bodyOf(a: { body?: string; json?: unknown; headers: Record<string, string> }): {
  body?: string;
  headers: Record<string, string>;
} {
  if (a.json === undefined) return { body: a.body, headers: a.headers };
  return { body: JSON.stringify(a.json), headers: { 'content-type': 'application/json', ...a.headers } };
}

export const httpRequest = defineAction({
  description:
    'Call an HTTP endpoint (e.g. an admin API); a 4xx/5xx answer fails the step unless `expectStatus` says so.',
  schema: httpSchema.extend({ expectStatus: z.array(z.number().int()).optional() }),
  run: async (a, ctx) => {
    const res = await httpCall({
      url: a.url,
      method: a.method,
      ...bodyOf(a),
      timeoutMs: a.timeout,
      signal: ctx.signal,
    });
    const ok = a.expectStatus ? a.expectStatus.includes(res.status) : res.status < 400;
    if (!ok)
      throw new BastionError(
        'BASTION_ERR_CHAOS_ACTION_FAILED',
        `${a.method} ${a.url} answered ${res.status}`,
      );
    return {
      output: { status: res.status, latencyMs: Math.round(res.latencyMs), body: res.body.slice(0, 2000) },
    };
  },
});
