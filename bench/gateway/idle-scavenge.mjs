// Preloaded into a gateway (`node --import ./bench/gateway/idle-scavenge.mjs …`; with tail.ts:
// `--b-node-flags "--import ./bench/gateway/idle-scavenge.mjs"`) to try young-generation GCs BETWEEN requests: when
// the last in-flight response has closed and the young generation has less room left than the next request is likely
// to need, it scavenges right then, before V8's own scavenge task (queued at 80 % full, --scavenge-task-trigger) would
// run inside the next request. Measured on a loaded machine, not in the product: see BENCHMARKS.md (Gateway, "c=1
// tail and the young generation") for why. Plain JavaScript: the bench bundle runs on plain node.
import diagnostics from 'node:diagnostics_channel';
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { setImmediate } from 'node:timers';
import { runInNewContext } from 'node:vm';

const MIN_ROOM = 128 * 1024;
const V8_TASK_TRIGGER = 0.8;
/** Idle moments after which the most a request allocated starts over. */
const WINDOW = 256;

// V8's gc() for this module only: a throwaway context gets it, the application's global scope does not.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
setFlagsFromString('--no-expose-gc');

const youngCapacity = () => {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space ? space.space_used_size + space.space_available_size : 0;
};

let inFlight = 0;
let pending = false;
let capacity = youngCapacity();
// Heap in use after the last GC (the floor) and at the last idle moment; requests started since; the most one
// request allocated (growth between two idle moments over the requests in between), this window and the last.
let floor = getHeapStatistics().used_heap_size;
let last = floor;
let served = 0;
let largest = 0;
let previousLargest = 0;
let moments = 0;

function idle() {
  pending = false;
  if (inFlight > 0) return;
  const used = getHeapStatistics().used_heap_size;
  if (used < last) {
    // V8 collected meanwhile: what is in use now is (about) the new floor.
    floor = used;
    capacity = youngCapacity();
  } else largest = Math.max(largest, (used - last) / Math.max(1, served));
  last = used;
  served = 0;
  if (++moments % WINDOW === 0) {
    previousLargest = largest;
    largest = 0;
  }
  const room = Math.min(capacity / 3, Math.max(MIN_ROOM, 2 * Math.max(largest, previousLargest)));
  if (used - floor + room < capacity * V8_TASK_TRIGGER) return;
  gc({ type: 'minor' });
  capacity = youngCapacity();
  floor = last = getHeapStatistics().used_heap_size;
}

function closed() {
  if (--inFlight === 0 && !pending) {
    pending = true;
    setImmediate(idle);
  }
}

diagnostics.subscribe('http.server.request.start', ({ response }) => {
  inFlight++;
  served++;
  response.once('close', closed);
});
