import { defineErrors } from './spec.js';

/** Error codes of the `guards` module: `BASTION_ERR_GUARDS_<WHAT>`. */
export const GUARDS_ERRORS = defineErrors({});
