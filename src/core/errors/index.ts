export { BastionError, isBastionError, toBastionError, describeCauses } from './bastion-error.js';
export type { BastionErrorOptions } from './bastion-error.js';
export { ERRORS, ERROR_AREAS } from './registry.js';
export type { ErrorCode } from './registry.js';
export type { ErrorSpec, OpenAIErrorType } from './spec.js';
