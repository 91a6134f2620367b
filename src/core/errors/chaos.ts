import { defineErrors } from './spec.js';

/** Error codes of the `chaos` module: `BASTION_ERR_CHAOS_<WHAT>`. */
export const CHAOS_ERRORS = defineErrors({});
