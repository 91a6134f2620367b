import { ERRORS, type ErrorCode } from './registry.js';
import type { OpenAIErrorType } from './spec.js';

export interface BastionErrorOptions {
  cause?: unknown;
  /** Structured facts for logs and, when the code is exposed, for the client (e.g. policy reasons). */
  details?: Record<string, unknown>;
  /** Overrides the registry's HTTP status, e.g. to relay an upstream 4xx. */
  status?: number;
}

/**
 * The one error class of Bastion. Callers match on `code`, never on the message.
 *
 * @example
 * throw new BastionError('BASTION_ERR_CONFIG_INVALID', 'bastion.yaml:12 server.port: expected a number');
 */
export class BastionError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: OpenAIErrorType;
  readonly expose: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, options: BastionErrorOptions = {}) {
    const spec = ERRORS[code];
    super(message ?? spec.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BastionError';
    this.code = code;
    this.status = options.status ?? spec.status;
    this.type = spec.type;
    this.expose = spec.expose;
    this.details = options.details;
  }
}

export function isBastionError(value: unknown): value is BastionError {
  return value instanceof BastionError;
}

/** Wraps anything thrown into a BastionError, keeping the original as the cause. */
export function toBastionError(value: unknown, fallback: ErrorCode = 'BASTION_ERR_INTERNAL'): BastionError {
  if (isBastionError(value)) return value;
  return new BastionError(fallback, undefined, { cause: value });
}

/** The message chain of an error and its causes, for logs (never for clients). */
export function describeCauses(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    if (current instanceof Error) {
      parts.push(`${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(' <- ');
}
