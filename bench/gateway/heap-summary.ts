/**
 * Summarises a sampling heap profile (.heapprofile): bytes allocated by function (self) and by source file.
 * Usage: npx tsx bench/gateway/heap-summary.ts FILE [--top N]
 */
import { readFileSync } from 'node:fs';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: heap-summary.ts FILE');
const top = Number(process.argv[process.argv.indexOf('--top') + 1] ?? 0) || 40;
const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
const byFn = new Map<string, number>();
const byStack = new Map<string, number>();
let total = 0;
const short = (url: string): string =>
  url.replace(/^.*\/(node_modules\/)/, '$1').replace(/^file:\/\/.*\/main\//, '');
const walk = (n: HeapNode, stack: string[]): void => {
  const name = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const path = [...stack, name];
  if (n.selfSize > 0) {
    total += n.selfSize;
    byFn.set(name, (byFn.get(name) ?? 0) + n.selfSize);
    const key = path.slice(-4).join(' < ');
    byStack.set(key, (byStack.get(key) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, path);
};
walk(head, []);
const print = (title: string, m: Map<string, number>): void => {
  process.stdout.write(`\n== ${title} (${(total / 2 ** 20).toFixed(1)} MiB sampled)\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${((v / total) * 100).toFixed(1).padStart(5)}% ${k}\n`);
};
print('allocated by function', byFn);
print('allocated by stack (innermost last)', byStack);
