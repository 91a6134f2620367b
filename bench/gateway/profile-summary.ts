/**
 * Summarises a V8 .cpuprofile: self time by function and by source file (top N), and inclusive time for
 * functions matching --match. With --bundle (the esbuild bundle the profile ran, e.g.
 * .cache/bench/gateway/bastion-server.mjs) samples in the bundle are attributed to the SOURCE files it was built
 * from (esbuild's `// src/…` markers), so the gateway's own costs show per module instead of as one bundle line.
 * With --last SECONDS only the samples of the profile's last SECONDS (less the final 0.4 s of shutdown) count: the
 * measured phase of `profile.ts --seconds N`, without the start-up's module compilation and warm-up, which otherwise
 * pass for per-request costs. With --requests N (the requests of that window) shares are also printed as µs of wall
 * time per request.
 * Usage: npx tsx bench/gateway/profile-summary.ts FILE [--top N] [--match RE] [--bundle FILE] [--last S] [--requests N]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts FILE');
const top = Number(process.argv[process.argv.indexOf('--top') + 1] ?? 0) || 40;
const matchIndex = process.argv.indexOf('--match');
const match = matchIndex >= 0 ? new RegExp(process.argv[matchIndex + 1] as string) : undefined;
const bundleIndex = process.argv.indexOf('--bundle');
const bundle = bundleIndex >= 0 ? process.argv[bundleIndex + 1] : undefined;
/** Bundle line (0-based) where each source module starts, in order. */
const modules: { line: number; source: string }[] = [];
if (bundle) {
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const m = /^\/\/ ((?:src|bench|test)\/\S+)$/.exec(text);
      if (m) modules.push({ line, source: m[1] as string });
    });
}
/** The source module a bundle line belongs to (the last marker at or above it). */
const sourceOf = (line: number): string | undefined => {
  let lo = 0;
  let hi = modules.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = modules[mid] as { line: number; source: string };
    if (m.line <= line) {
      found = m.source;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};
const lastIndex = process.argv.indexOf('--last');
const lastSeconds = lastIndex >= 0 ? Number(process.argv[lastIndex + 1]) : undefined;
const requestsIndex = process.argv.indexOf('--requests');
const requests = requestsIndex >= 0 ? Number(process.argv[requestsIndex + 1]) : undefined;
// Sample times are cumulative deltas from startTime (µs).
const windowFrom = lastSeconds === undefined ? -Infinity : profile.endTime - (lastSeconds + 0.4) * 1e6;
const windowTo = lastSeconds === undefined ? Infinity : profile.endTime - 0.4e6;
let sampleTime = profile.startTime;
const kept = profile.samples.filter((_, i) => {
  sampleTime += profile.timeDeltas[i] ?? 0;
  return sampleTime >= windowFrom && sampleTime <= windowTo;
});
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfCount = new Map<number, number>();
for (const s of kept) selfCount.set(s, (selfCount.get(s) ?? 0) + 1);
const total = kept.length;
/** Wall µs one sample stands for in the window (the sampler falls behind on a busy machine). */
const usPerSample =
  lastSeconds === undefined ? (profile.endTime - profile.startTime) / total : (windowTo - windowFrom) / total;
const shortUrl = (url: string): string =>
  url.replace(/^.*\/(node_modules\/)/, '$1').replace(/^file:\/\/.*\/main\//, '');
const inBundle = (url: string): boolean => bundle !== undefined && url.endsWith(bundle.replace(/^.*\//, ''));
/** A frame's file: its source module when it ran inside the bundle and --bundle was given. */
const fileOf = (frame: Node['callFrame']): string =>
  (inBundle(frame.url) ? sourceOf(frame.lineNumber) : undefined) ?? shortUrl(frame.url);
const fn = new Map<string, number>();
const files = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, count] of selfCount) {
  const n = byId.get(id) as Node;
  const name = `${n.callFrame.functionName || '(anon)'} ${fileOf(n.callFrame)}:${n.callFrame.lineNumber + 1}`;
  fn.set(name, (fn.get(name) ?? 0) + count);
  const f = fileOf(n.callFrame) || n.callFrame.functionName;
  files.set(f, (files.get(f) ?? 0) + count);
  if (match) {
    // Inclusive: every distinct matching frame on the stack gets the sample once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur) as Node;
      const key = `${c.callFrame.functionName || '(anon)'} ${fileOf(c.callFrame)}:${c.callFrame.lineNumber + 1}`;
      if (match.test(key) && !seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + count);
      }
    }
  }
}
const pct = (v: number): string =>
  `${((v / total) * 100).toFixed(1).padStart(5)}%` +
  (requests ? ` ${((v * usPerSample) / requests).toFixed(2).padStart(7)} µs/req` : '');
const print = (title: string, m: Map<string, number>): void => {
  process.stdout.write(`\n== ${title} (${total} samples)\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${pct(v)} ${k}\n`);
};
print('self by file', files);
print('self by function', fn);
if (match) print(`inclusive, matching ${match}`, inclusive);
