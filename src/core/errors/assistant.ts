import { defineErrors } from './spec.js';

/** Error codes of the `assistant` module: `BASTION_ERR_ASSISTANT_<WHAT>`. */
export const ASSISTANT_ERRORS = defineErrors({
  BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND: {
    message: 'A path given to ingest does not exist or cannot be read',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_INDEX_OPEN: {
    message: 'The docs index could not be opened',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_ASSISTANT_INDEX_EMPTY: {
    message: 'There is no docs index here yet, or it holds no passages (run bastion docs ingest first)',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_QUESTION_INVALID: {
    message: 'The question is empty or too long',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_PASSAGE_NOT_FOUND: {
    message: 'No passage with this id in the docs index',
    status: 404,
    type: 'not_found_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_FEEDBACK_INVALID: {
    message: 'Feedback body does not match {responseId, rating: "up"|"down", comment?}',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_EVAL_INVALID: {
    message: 'The evaluation file is not a valid question set',
    status: 400,
    type: 'invalid_request_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_MODEL_FAILED: {
    message: 'The model used for generative answers failed',
    status: 502,
    type: 'api_error',
    expose: true,
  },
  BASTION_ERR_ASSISTANT_MODEL_NOT_ALLOWED: {
    message: 'assistant.generative.model is unknown or may not receive internal documentation',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_ASSISTANT_INGEST_WORKER: {
    message:
      'An ingest worker thread could not start or stopped; nothing after the last committed batch was indexed',
    status: 500,
    type: 'server_error',
    expose: false,
  },
  BASTION_ERR_ASSISTANT_SCAN_FAILED: {
    message: 'The guard scan of a document failed; the document was not indexed',
    status: 500,
    type: 'server_error',
    expose: false,
  },
});
