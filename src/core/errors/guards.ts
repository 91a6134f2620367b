import { defineErrors } from './spec.js';

/** Error codes of the `guards` module: `BASTION_ERR_GUARDS_<WHAT>`. */
export const GUARDS_ERRORS = defineErrors({
  BASTION_ERR_GUARDS_UNKNOWN_SCANNER: {
    message: 'The guards configuration names a scanner that does not exist',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_GUARDS_OPTIONS_INVALID: {
    message: "A scanner's options do not match its schema",
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_GUARDS_DIRECTION: {
    message: 'A scanner is enabled for a direction it does not support',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_GUARDS_NO_WASM: {
    message:
      'WebAssembly is not available in this Node.js process (node --jitless or --no-expose-wasm); the guards need it',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_GUARDS_UNKNOWN_USE_CASE: {
    message: 'Guards were asked to scan for a use case that is not configured',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_GUARDS_MODEL: {
    message: 'The trained detector weights are missing, malformed or were trained for other features',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_GUARDS_SCAN_INPUT: {
    message: 'The guard scan request is invalid',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
