import { defineErrors } from './spec.js';

/** Error codes of the `mlops` module: `BASTION_ERR_MLOPS_<WHAT>`. */
export const MLOPS_ERRORS = defineErrors({
  BASTION_ERR_MLOPS_MANIFEST_INVALID: {
    message: 'Manifest file is not a valid Bastion/OpenSSF model-signing manifest',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_KEY_INVALID: {
    message: 'Key file is not a valid Ed25519 PEM key',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_SIGNATURE_INVALID: {
    message: 'Signature does not verify against the public key',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_VERIFY_FAILED: {
    message: 'Files do not match the manifest',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_DATA_INVALID: {
    message: 'Dataset cannot be parsed',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_COLUMN_MISSING: {
    message: 'Dataset has no such column',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_FORMAT_MALFORMED: {
    message: 'File is truncated or malformed for its format',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_MLOPS_BASELINE_INVALID: {
    message: 'Baseline file is not valid',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
});
