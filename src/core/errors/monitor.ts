import { defineErrors } from './spec.js';

/** Error codes of the `monitor` module: `BASTION_ERR_MONITOR_<WHAT>`. */
export const MONITOR_ERRORS = defineErrors({});
