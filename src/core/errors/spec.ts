/** The `type` field of an OpenAI-style error body; clients switch on it. */
export type OpenAIErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'server_error'
  | 'api_error';

/**
 * One error code's contract: what users read, which HTTP status the gateway answers with,
 * and whether the message may reach a client (internal details never do).
 */
export interface ErrorSpec {
  readonly message: string;
  readonly status: number;
  readonly type: OpenAIErrorType;
  /** false: the client sees a generic message; the cause is only logged. */
  readonly expose: boolean;
}

export type ErrorSpecMap = Readonly<Record<`BASTION_ERR_${string}`, ErrorSpec>>;

/** Declares an area's codes; `satisfies` keeps the literal keys so codes type-check at call sites. */
export function defineErrors<const T extends ErrorSpecMap>(specs: T): T {
  return specs;
}
