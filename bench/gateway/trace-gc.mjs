// Preloaded by the npm start sweep (NODE_OPTIONS=--import=…/trace-gc.mjs): writes one stdout line per GC,
// `bench-gc minor|major|other <pause ms>`, which npm-start-sweep.ts counts. Not V8's --trace-gc: node refuses it
// in NODE_OPTIONS, and V8 prints it through C stdio, which holds it back in a 4 KiB buffer when stdout is a pipe.
// Plain JavaScript: the server runs from dist/ without any TypeScript loader.
import { PerformanceObserver, constants } from 'node:perf_hooks';

const KIND = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
};

new PerformanceObserver((list) => {
  let out = '';
  for (const entry of list.getEntries()) {
    out += `bench-gc ${KIND[entry.detail?.kind] ?? 'other'} ${entry.duration.toFixed(3)}\n`;
  }
  process.stdout.write(out);
}).observe({ entryTypes: ['gc'] });
