import type { ToxicDefinition } from '../toxic-types.js';
import { bandwidth } from './bandwidth.js';
import { firstByteDelay } from './first-byte-delay.js';
import { httpStatus } from './http-status.js';
import { jsonCorrupt } from './json-corrupt.js';
import { latency } from './latency.js';
import { limitData } from './limit-data.js';
import { resetPeer } from './reset-peer.js';
import { sseCut } from './sse-cut.js';
import { sseDropDone } from './sse-drop-done.js';
import { slicer } from './slicer.js';
import { slowClose } from './slow-close.js';
import { timeout } from './timeout.js';

/** Every toxic type the fault proxy knows, by the `type` the API takes (Toxiproxy's names first). */
export const TOXICS: Readonly<Record<string, ToxicDefinition>> = {
  latency,
  bandwidth,
  slow_close: slowClose,
  timeout,
  reset_peer: resetPeer,
  slicer,
  limit_data: limitData,
  http_status: httpStatus,
  first_byte_delay: firstByteDelay,
  sse_cut: sseCut,
  sse_drop_done: sseDropDone,
  json_corrupt: jsonCorrupt,
};
