import { defineErrors } from './spec.js';

/** Error codes of the `policy` module: `BASTION_ERR_POLICY_<WHAT>`. */
export const POLICY_ERRORS = defineErrors({});
