import { z } from 'zod';
import { defineHttpToxic } from '../toxic-types.js';

const REASONS: Record<number, string> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Answers requests with an error status instead of forwarding them, as an overloaded or failing
 * LLM API does: 429 carries `Retry-After` (RFC 9110 §10.2.3) so clients can prove they honour it.
 */
export const httpStatus = defineHttpToxic({
  description:
    'Answers HTTP requests with `status` (e.g. 429 with Retry-After, 500, 503) without reaching the upstream.',
  attributes: z
    .object({
      status: z.number().int().min(400).max(599).default(503),
      retry_after: z.number().int().nonnegative().max(86_400).optional(),
      body: z
        .string()
        .max(64 * 1024)
        .optional(),
    })
    .strict(),
  request: (a) => {
    const reason = REASONS[a.status] ?? 'Error';
    const body =
      a.body ??
      JSON.stringify({
        error: {
          message: `injected by bastion chaos: ${a.status} ${reason}`,
          type: a.status === 429 ? 'rate_limit_error' : 'server_error',
          code: a.status === 429 ? 'rate_limit_exceeded' : 'chaos_injected',
        },
      });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const retryAfter = a.retry_after ?? (a.status === 429 || a.status === 503 ? 1 : undefined);
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    return { status: a.status, headers, body };
  },
});
