import { defineErrors } from './spec.js';

/** Error codes of the `redteam` module: `BASTION_ERR_REDTEAM_<WHAT>`. */
export const REDTEAM_ERRORS = defineErrors({
  BASTION_ERR_REDTEAM_TARGET_UNREACHABLE: {
    message: 'The red-team target gave no answer at all (connection refused, unknown host or timeouts)',
    status: 502,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_REDTEAM_BASELINE_INVALID: {
    message: 'The --baseline file is not a red-team JSON report',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
