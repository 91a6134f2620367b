import { defineErrors } from './spec.js';

/** Error codes of the `gateway` module: `BASTION_ERR_GATEWAY_<WHAT>`. */
export const GATEWAY_ERRORS = defineErrors({});
