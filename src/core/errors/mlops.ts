import { defineErrors } from './spec.js';

/** Error codes of the `mlops` module: `BASTION_ERR_MLOPS_<WHAT>`. */
export const MLOPS_ERRORS = defineErrors({});
