import { defineErrors } from './spec.js';

export const CORE_ERRORS = defineErrors({
  BASTION_ERR_CONFIG_NOT_FOUND: {
    message: 'Configuration file not found',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CONFIG_YAML: {
    message: 'Configuration file is not valid YAML',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CONFIG_INVALID: {
    message: 'Configuration file does not match the schema',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CONFIG_LITERAL_SECRET: {
    message:
      'Configuration file holds a secret written literally (a provider key or credential header, the metrics token, a password in the store or counters URL); secrets come only from the environment',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CONFIG_ENV: {
    message: 'Configuration refers to an environment variable that is not set',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_INTERNAL: {
    message: 'Internal error',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_INPUT_INVALID: {
    message: 'Invalid input',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_FILE_UNREADABLE: {
    message: 'File cannot be read',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_FILE_UNWRITABLE: {
    message: 'File cannot be written (disk full, read-only, no permission, or the folder is a file)',
    status: 500,
    type: 'server_error',
    expose: false,
  },
});
