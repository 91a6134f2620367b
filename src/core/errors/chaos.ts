import { defineErrors } from './spec.js';

/** Error codes of the `chaos` module: `BASTION_ERR_CHAOS_<WHAT>`. */
export const CHAOS_ERRORS = defineErrors({
  BASTION_ERR_CHAOS_PROXY_NOT_FOUND: {
    message: 'No fault proxy with that name',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_PROXY_EXISTS: {
    message: 'A fault proxy with that name already exists',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_TOXIC_NOT_FOUND: {
    message: 'No toxic with that name on this proxy',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_TOXIC_EXISTS: {
    message: 'A toxic with that name already exists on this proxy',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_TOXIC_INVALID: {
    message: 'Toxic definition is invalid',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_REQUEST_INVALID: {
    message: 'Fault proxy API request is invalid',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_UPSTREAM_NOT_ALLOWED: {
    message: 'Upstream is not on the fault proxy allow-list',
    status: 403,
    type: 'permission_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_LISTEN_NOT_ALLOWED: {
    message: 'Fault proxy may only listen on loopback unless non-loopback listening is enabled',
    status: 403,
    type: 'permission_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_LISTEN_FAILED: {
    message: 'Fault proxy could not listen on the requested address',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_EXPERIMENT_NOT_FOUND: {
    message: 'Experiment file not found',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_EXPERIMENT_YAML: {
    message: 'Experiment file is not valid YAML',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_EXPERIMENT_INVALID: {
    message: 'Experiment file does not match the schema',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_BLACKOUT: {
    message: 'Experiment refused to start inside a blackout window',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_KILL_SWITCH: {
    message: 'Chaos kill switch is engaged',
    status: 409,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_ACTION_FAILED: {
    message: 'Chaos action failed',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CHAOS_PROBE_FAILED: {
    message: 'Chaos probe could not be run',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_CHAOS_PATH_NOT_ALLOWED: {
    message: 'Chaos action refused a path outside the one the experiment names',
    status: 403,
    type: 'permission_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_JOURNAL_INVALID: {
    message: 'Chaos journal file is not a valid journal',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_CHAOS_PLAN_INVALID: {
    message: 'Chaos Day plan is invalid',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
