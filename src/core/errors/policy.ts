import { defineErrors } from './spec.js';

/** Error codes of the `policy` module: `BASTION_ERR_POLICY_<WHAT>`. */
export const POLICY_ERRORS = defineErrors({
  BASTION_ERR_POLICY_MODEL_NOT_ALLOWED: {
    message: "The model is not among this key's use case models",
    status: 403,
    type: 'permission_error',
    expose: true,
  },
  BASTION_ERR_POLICY_BLOCKED: {
    message: 'The request was blocked by policy',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
