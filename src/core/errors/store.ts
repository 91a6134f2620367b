import { defineErrors } from './spec.js';

/** Error codes of the `store` module: `BASTION_ERR_STORE_<WHAT>`. */
export const STORE_ERRORS = defineErrors({});
