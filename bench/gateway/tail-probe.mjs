// Preloaded (`node --import bench/gateway/tail-probe.mjs …`) into a server that tail.ts measures: the Bastion bench
// bundle or the fake upstream. For each HTTP request the server handles it records, on the system-wide monotonic
// clock (process.hrtime, shared by every process, so the driver can line records of three processes up):
// start and finish, and how the main thread spent that time according to the kernel (/proc/thread-self/schedstat:
// on a CPU, waiting in the run queue for one, or neither = sleeping in epoll). Besides: every GC with its kind, every
// SQLite write transaction and WAL checkpoint the store reports on its diagnostics channels, and event-loop delay.
// Records only between the driver's `arm` and `dump` IPC messages. Plain JavaScript: the bundle runs on plain node.
import diagnostics from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants, monitorEventLoopDelay, performance } from 'node:perf_hooks';

const nowUs = () => Number(process.hrtime.bigint() / 1000n);
// performance.now() runs on the same monotonic clock with another origin: one offset converts its stamps.
const perfOffsetUs = nowUs() - performance.now() * 1000;
const perfToUs = (ms) => perfOffsetUs + ms * 1000;

// TAIL_PROBE_SCHED=0 skips the two /proc reads per request (~10-20 µs each on a cold cache): for latency figures
// closer to an unprobed server, without the CPU / run-queue split.
const withSched = process.env.TAIL_PROBE_SCHED !== '0';
const sched = () => {
  if (!withSched) return [0, 0];
  const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ');
  return [Number(cpu) / 1000, Number(wait) / 1000];
};

let armed = false;
const open = new WeakMap();
let requests = [];
let gcs = [];
let transactions = [];
let checkpoints = [];
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

// The main thread's run-queue wait since the previous response finished: time the next request spent waiting for
// this process to be scheduled before it could even be read.
let lastWait = 0;
diagnostics.subscribe('http.server.request.start', ({ response }) => {
  if (!armed) return;
  const [cpu, wait] = sched();
  open.set(response, { start: nowUs(), cpu, wait, waitBefore: lastWait ? wait - lastWait : 0 });
});
diagnostics.subscribe('http.server.response.finish', ({ response }) => {
  const began = open.get(response);
  if (!began) return;
  const [cpu, wait] = sched();
  lastWait = wait;
  requests.push([began.start, nowUs(), cpu - began.cpu, wait - began.wait, began.waitBefore]);
});
diagnostics.subscribe('bastion:store:sqlite-transaction', ({ startMs, ms, items }) => {
  if (armed) transactions.push([perfToUs(startMs), ms * 1000, items]);
});
diagnostics.subscribe('bastion:store:wal-checkpoint', ({ startMs, ms, frames, reason }) => {
  if (armed) checkpoints.push([perfToUs(startMs), ms * 1000, frames, reason]);
});

const KIND = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental-marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};
new PerformanceObserver((list) => {
  if (!armed) return;
  for (const e of list.getEntries())
    gcs.push([perfToUs(e.startTime), e.duration * 1000, KIND[e.detail?.kind] ?? 'other']);
}).observe({ entryTypes: ['gc'] });

// The main thread's on-CPU time over the whole armed phase (requests and the work between them), read at arm and
// dump whatever TAIL_PROBE_SCHED says: two reads per phase.
const mainCpuUs = () => Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1000;
let armedCpu = 0;
process.on('message', (m) => {
  if (m?.probe === 'arm') {
    armedCpu = mainCpuUs();
    requests = [];
    gcs = [];
    transactions = [];
    checkpoints = [];
    loopDelay.reset();
    loopDelay.enable();
    armed = true;
  } else if (m?.probe === 'dump') {
    armed = false;
    loopDelay.disable();
    process.send({
      probe: 'data',
      phaseCpuUs: mainCpuUs() - armedCpu,
      requests,
      gcs,
      transactions,
      checkpoints,
      loopDelayUs: {
        p50: loopDelay.percentile(50) / 1000,
        p99: loopDelay.percentile(99) / 1000,
        max: loopDelay.max / 1000,
      },
    });
  }
});
// The IPC channel must not keep a server alive that its parent stops.
process.channel?.unref();
