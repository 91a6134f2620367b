import { z } from 'zod';
import { durationMs, sizeBytes } from './duration.js';

export const serverSchema = z
  .object({
    host: z.string().default('127.0.0.1'),
    port: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65535).default(8080),
    /** Bodies above this size are refused with 413 before they are parsed. */
    bodyLimit: sizeBytes.default(1024 * 1024),
    /** Time a client has to send the whole request (slow-loris defence). */
    requestTimeout: durationMs.default(30_000),
    /** Time a client has to send the headers. */
    headersTimeout: durationMs.default(10_000),
    keepAliveTimeout: durationMs.default(5_000),
    /**
     * Gateway processes sharing the listening port (node:cluster): a whole number, or "auto" for one per CPU core.
     * 1 (the default) is one process and no primary; see docs/gateway.md, "Workers".
     */
    workers: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
        error: 'expected a whole number from 1 to 64, or "auto"',
      })
      .default(1),
    tls: z.object({ cert: z.string(), key: z.string() }).strict().optional(),
    metrics: z
      .object({
        /** Bearer token for GET /metrics; admin keys are accepted too. */
        token: z.string().min(16).optional(),
        /** Serve /metrics without auth on this separate address instead, e.g. 127.0.0.1:9464. */
        listen: z.string().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type ServerConfig = z.infer<typeof serverSchema>;
