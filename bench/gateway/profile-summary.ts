/**
 * Summarises a V8 .cpuprofile: self time by function and by source file (top N), and inclusive time for
 * functions matching --match. Usage: npx tsx bench/gateway/profile-summary.ts FILE [--top N] [--match RE]
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
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfCount = new Map<number, number>();
for (const s of profile.samples) selfCount.set(s, (selfCount.get(s) ?? 0) + 1);
const total = profile.samples.length;
const short = (url: string): string =>
  url.replace(/^.*\/(node_modules\/)/, '$1').replace(/^file:\/\/.*\/main\//, '');
const fn = new Map<string, number>();
const files = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, count] of selfCount) {
  const n = byId.get(id) as Node;
  const name = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  fn.set(name, (fn.get(name) ?? 0) + count);
  const f = short(n.callFrame.url) || n.callFrame.functionName;
  files.set(f, (files.get(f) ?? 0) + count);
  if (match) {
    // Inclusive: every distinct matching frame on the stack gets the sample once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur) as Node;
      const key = `${c.callFrame.functionName || '(anon)'} ${short(c.callFrame.url)}:${c.callFrame.lineNumber + 1}`;
      if (match.test(key) && !seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + count);
      }
    }
  }
}
const pct = (v: number): string => `${((v / total) * 100).toFixed(1).padStart(5)}%`;
const print = (title: string, m: Map<string, number>): void => {
  process.stdout.write(`\n== ${title} (${total} samples)\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${pct(v)} ${k}\n`);
};
print('self by file', files);
print('self by function', fn);
if (match) print(`inclusive, matching ${match}`, inclusive);
