import { defineErrors } from './spec.js';

/** Error codes of the `store` module: `BASTION_ERR_STORE_<WHAT>`. */
export const STORE_ERRORS = defineErrors({
  BASTION_ERR_STORE_URL_INVALID: {
    message:
      'Store URL is not valid (expected sqlite://PATH or postgres://…, counters memory, sqlite or redis://…)',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_STORE_PATH_NOT_FOLDER: {
    message:
      'The SQLite store path goes through a file where a folder must be (the message names it: rename or move that file, or change the store URL)',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_STORE_UNAVAILABLE: {
    message: 'The store cannot be reached or opened',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_STORE_MIGRATION: {
    message: 'The store schema could not be migrated (or was written by a newer Bastion)',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_STORE_READ: {
    message: 'The store could not be read',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_STORE_WRITE: {
    message: 'The store could not be written',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_STORE_AUDIT_WRITE: {
    message: 'The audit record could not be written; the request was refused (fail closed)',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_STORE_COUNTERS: {
    message: 'Rate-limit counters are unavailable; the request was refused (fail closed)',
    status: 503,
    type: 'server_error',
    expose: true,
  },
  BASTION_ERR_STORE_NOT_FOUND: {
    message: 'No store exists at the configured location (a read-only command does not create one)',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_STORE_KEY_NOT_FOUND: {
    message: 'No key with that id',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_STORE_KEY_REVOKED: {
    message: 'The key is revoked and cannot be rotated',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
});
