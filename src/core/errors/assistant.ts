import { defineErrors } from './spec.js';

/** Error codes of the `assistant` module: `BASTION_ERR_ASSISTANT_<WHAT>`. */
export const ASSISTANT_ERRORS = defineErrors({});
