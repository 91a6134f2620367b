/**
 * Small operations the request path does once or more per request, old way (A) against new way (B), on the values the
 * gateway really handles:
 * - a `{ ...source, extra }` copy against `withMembers` (src/core/objects.ts): the validated chat request
 *   (+ `stream`), the upstream headers (+ `x-request-id`), the audit record's `extra` (+ `stream`), and the first
 *   one stringified, as the upstream body is;
 * - `new Date(ms).toISOString()` against `isoTime` (src/core/iso-time.ts) for times a few ms apart, as requests'.
 * One process, rounds alternating A and B (ABBA), CPU time per operation (process.cpuUsage), medians; each case's two
 * sides are checked to give the same JSON first.
 *
 * Usage: npx tsx bench/gateway/ops-ab.ts [--rounds N] [--ops N]
 */
import { isoTime } from '../../src/core/iso-time.js';
import { withMembers } from '../../src/core/objects.js';
import { chatRequestSchema } from '../../src/gateway/api-schemas.js';
import { opt } from '../args.js';
import { median } from './inproc-gateway.js';

const rounds = Number(opt('--rounds') ?? 0) || 8;
const ops = Number(opt('--ops') ?? 0) || 200_000;

// The benchmark's body, through the same validation the gateway runs (its output is what gets copied).
const request = chatRequestSchema.parse(
  JSON.parse(
    '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Summarise the benefits of an LLM gateway in one sentence."}],"max_tokens":64}',
  ),
);
const headers: Record<string, string> = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  authorization: 'Bearer sk-test',
};
const extra: Record<string, unknown> = { responseId: 'chatcmpl-123' };
const id = 'b6a1c8e2-4f7d-4c1a-9a57-2f3e9d1c0b7a';
// Request times: a few per millisecond, so a second holds thousands of them (c=32 at 5,000 requests/s).
let clockA = Date.UTC(2026, 10, 26, 16, 0, 0, 0);
let clockB = clockA;

type Case = { name: string; a: () => unknown; b: () => unknown };
const cases: Case[] = [
  {
    name: 'chat request + stream',
    a: () => ({ ...request, stream: false }),
    b: () => withMembers(request, { stream: false }),
  },
  {
    name: 'headers + x-request-id',
    a: () => ({ ...headers, 'x-request-id': id }),
    b: () => withMembers(headers, { 'x-request-id': id }),
  },
  {
    name: 'audit extra + stream',
    a: () => ({ ...extra, stream: false }),
    b: () => withMembers(extra, { stream: false }),
  },
  {
    name: 'upstream body (copy + stringify)',
    a: () => JSON.stringify({ ...request, stream: false }),
    b: () => JSON.stringify(withMembers(request, { stream: false })),
  },
  {
    name: 'audit time (ISO 8601)',
    a: () => new Date((clockA += 0.2)).toISOString(),
    b: () => isoTime((clockB += 0.2)),
  },
];

for (const c of cases) {
  for (let i = 0; i < 5000; i++)
    if (JSON.stringify(c.a()) !== JSON.stringify(c.b())) throw new Error(`${c.name}: A and B differ`);
}

function cpuNsPerOp(f: () => unknown): number {
  let sink = 0;
  const t0 = process.cpuUsage();
  for (let i = 0; i < ops; i++) if (f() !== undefined) sink++;
  const used = process.cpuUsage(t0);
  if (sink !== ops) throw new Error('lost ops');
  return ((used.user + used.system) * 1000) / ops;
}

process.stdout.write(
  `${rounds} rounds of ${ops} operations per side and case, ABBA order, CPU ns per operation\n`,
);
for (const c of cases) {
  cpuNsPerOp(c.a);
  cpuNsPerOp(c.b); // warm-up
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 4 === 0 || r % 4 === 3 ? 'a' : 'b';
    for (const side of first === 'a' ? (['a', 'b'] as const) : (['b', 'a'] as const))
      (side === 'a' ? a : b).push(cpuNsPerOp(c[side]));
  }
  const ma = median(a);
  const mb = median(b);
  process.stdout.write(
    `${c.name.padEnd(34)} A ${ma.toFixed(0).padStart(6)}  B ${mb.toFixed(0).padStart(6)}  B/A ${(mb / ma).toFixed(2)}\n`,
  );
}
