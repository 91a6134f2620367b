/**
 * Allocation sampling for the bench server, INCLUDING objects the GC already collected (node's --heap-prof keeps
 * only what is still alive, which shows start-up data, not per-request churn). Loaded with
 *   BASTION_PROFILE_WRAPPER="--import ./bench/gateway/profile-heap-sampler.mjs BUNDLE" \
 *   BASTION_HEAP_OUT=/tmp/x.heapprofile npx tsx bench/gateway/profile.ts …
 * Sampling starts BASTION_HEAP_DELAY_MS (default 2500) after start, so start-up allocations stay out; the profile is
 * written when the server exits. Summarise with `npx tsx bench/gateway/heap-summary.ts FILE`.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { setTimeout } from 'node:timers';

const out = process.env.BASTION_HEAP_OUT ?? 'bastion.heapprofile';
const session = new Session();
session.connect();
setTimeout(
  () => {
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  },
  Number(process.env.BASTION_HEAP_DELAY_MS ?? 2500),
).unref();
process.on('exit', () => {
  // In-process inspector sessions dispatch synchronously, so this completes inside the exit handler.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (!error) writeFileSync(out, JSON.stringify(result.profile));
  });
});
