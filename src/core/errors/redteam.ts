import { defineErrors } from './spec.js';

/** Error codes of the `redteam` module: `BASTION_ERR_REDTEAM_<WHAT>`. */
export const REDTEAM_ERRORS = defineErrors({});
