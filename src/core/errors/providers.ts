import { defineErrors } from './spec.js';

/** Error codes of the `providers` module: `BASTION_ERR_PROVIDERS_<WHAT>`. */
export const PROVIDERS_ERRORS = defineErrors({});
