import { defineErrors } from './spec.js';

/** Error codes of the `providers` module: `BASTION_ERR_PROVIDERS_<WHAT>`. */
export const PROVIDERS_ERRORS = defineErrors({
  BASTION_ERR_PROVIDERS_TIMEOUT: {
    message: 'The upstream model did not answer within the deadline',
    status: 504,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_UPSTREAM_5XX: {
    message: 'The upstream model provider failed',
    status: 502,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_UPSTREAM_4XX: {
    message: 'The upstream model provider rejected the request',
    // The upstream's own status is relayed (e.g. 400 context too long, 404 unknown model, 422).
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_UPSTREAM_AUTH: {
    message: "The upstream provider rejected the gateway's credentials",
    // Never relayed as 401/403: the caller's Bastion key is fine, the operator's provider key is not.
    status: 502,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_RATE_LIMITED: {
    message: 'The upstream model provider is rate limiting; retry later',
    status: 429,
    type: 'rate_limit_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_CIRCUIT_OPEN: {
    message: 'The upstream is failing; calls are paused until it recovers',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_CONNECTION: {
    message: 'The upstream model provider could not be reached',
    status: 502,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_INVALID_RESPONSE: {
    message: 'The upstream model provider sent a response that is not valid',
    status: 502,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_STREAM_CUT: {
    message: 'The upstream stream ended before it was complete',
    status: 502,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_ABORTED: {
    message: 'The request was cancelled',
    // 499: nginx's "client closed request"; only ever logged, the client is gone.
    status: 499,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_EGRESS_DENIED: {
    message: 'Outbound request to an origin that is not a configured upstream',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE: {
    message: 'The model is not available on this gateway',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_UNSUPPORTED: {
    message: 'The model does not support this operation',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_PROVIDERS_BAD_REQUEST: {
    message: 'The request cannot be translated for the upstream provider',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
