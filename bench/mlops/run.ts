/**
 * npm run bench:mlops — hashing, model-file scanning and label-issue detection, each next to a peer on the same
 * machine in the same minute: `sha256sum` for hashing, a plain sequential read of the same file for scanning (no
 * npm model scanner exists to compare with; a raw read is the floor any streamed scanner pays), and the
 * README's reference confident-learning figures for label issues.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hashFile } from '../../src/mlops/provenance/hash-file.js';
import { runLabelIssues } from '../../src/mlops/labels/run.js';
import { scanModelFile } from '../../src/mlops/modelscan/scan.js';
import { defaultSecretDetector } from '../../src/mlops/detect/default-detector.js';
import { walkFiles } from '../../src/mlops/provenance/walk.js';
import { scanBundlePath } from '../../src/mlops/secrets/bundle-scan.js';

const MB = 1 << 20;
const SIZE_MB = Number(process.env.BENCH_MLOPS_MB ?? 256);
const RUNS = Number(process.env.BENCH_MLOPS_RUNS ?? 3);
const DATA =
  process.env.BASTION_DATASETS ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'datasets');
const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-mlops-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function timeIt(fn: () => unknown | Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}
const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

function writeFile(path: string, parts: Iterable<Buffer>): number {
  const fd = openSync(path, 'w');
  let n = 0;
  for (const p of parts) n += writeSync(fd, p);
  closeSync(fd);
  return n;
}

function* randomChunks(total: number): Generator<Buffer> {
  const chunk = Buffer.alloc(4 * MB);
  for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i);
  for (let done = 0; done < total; done += chunk.length)
    yield chunk.subarray(0, Math.min(chunk.length, total - done));
}

function* safetensorsFile(total: number): Generator<Buffer> {
  const tensors = 2000;
  const each = Math.floor(total / tensors / 4) * 4;
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  for (let i = 0; i < tensors; i++)
    header[`layer.${i}.weight`] = {
      dtype: 'F32',
      shape: [each / 4],
      data_offsets: [i * each, (i + 1) * each],
    };
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  yield len;
  yield h;
  yield* randomChunks(each * tensors);
}

/** A state-dict-like pickle: keys and 1 MiB BINBYTES8 payloads (how tensors and numpy arrays are pickled). */
function* bigPickle(total: number): Generator<Buffer> {
  yield Buffer.from([0x80, 0x04, 0x7d, 0x28]); // PROTO 4, EMPTY_DICT, MARK
  const payload = Buffer.alloc(MB, 1);
  for (let i = 0; i * MB < total; i++) {
    const key = Buffer.from(`w${i}`);
    const op = Buffer.alloc(9);
    op[0] = 0x8e;
    op.writeBigUInt64LE(BigInt(MB), 1);
    yield Buffer.concat([Buffer.from([0x8c, key.length]), key, op]);
    yield payload;
  }
  yield Buffer.from([0x75, 0x2e]); // SETITEMS, STOP
}

/** Worst case: a pickle of only tiny opcodes (a list of millions of ints). */
function* opcodePickle(count: number): Generator<Buffer> {
  yield Buffer.from([0x80, 0x04, 0x5d, 0x28]);
  const block = Buffer.alloc(2 * 65536);
  for (let i = 0; i < 65536; i++) {
    block[2 * i] = 0x4b;
    block[2 * i + 1] = i & 0xff;
  }
  for (let i = 0; i < count; i += 65536) yield block;
  yield Buffer.from([0x65, 0x2e]);
}

function rawRead(path: string): number {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(MB);
  let n = 0;
  for (let got = readSync(fd, buf, 0, MB, null); got > 0; got = readSync(fd, buf, 0, MB, null)) n += got;
  closeSync(fd);
  return n;
}

const rows: string[] = [];
const line = (s: string) => {
  rows.push(s);
  console.log(s);
};

try {
  line(
    `# bench:mlops  (${SIZE_MB} MiB files, median of ${RUNS}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()})`,
  );
  const blob = join(dir, 'blob.bin');
  const size = writeFile(blob, randomChunks(SIZE_MB * MB));
  rawRead(blob); // warm the page cache so both sides read from memory
  const ours = await timeIt(() => hashFile(blob));
  const peer = await timeIt(() => execFileSync('sha256sum', [blob]));
  line(
    `hash  bastion hashFile ${mbps(size, ours).toFixed(0)} MB/s | sha256sum ${mbps(size, peer).toFixed(0)} MB/s | ratio ${(peer / ours).toFixed(2)}x`,
  );

  for (const [name, gen] of [
    ['safetensors', safetensorsFile(SIZE_MB * MB)],
    ['pickle (1 MiB payloads)', bigPickle(SIZE_MB * MB)],
    ['pickle (tiny opcodes only)', opcodePickle(32 * MB)],
  ] as const) {
    const path = join(dir, name.replace(/\W+/g, '-'));
    const bytes = writeFile(path, gen);
    rawRead(path);
    let findings = -1;
    const scan = await timeIt(() => {
      const r = scanModelFile(path);
      if (r.error) throw new Error(r.error);
      findings = r.findings.length;
    });
    const read = await timeIt(() => rawRead(path));
    line(
      `scan  ${name.padEnd(27)} ${(bytes / MB).toFixed(0).padStart(4)} MiB: bastion ${mbps(bytes, scan).toFixed(0)} MB/s | raw sequential read ${mbps(bytes, read).toFixed(0)} MB/s | ratio ${(read / scan).toFixed(2)}x | findings ${findings}`,
    );
  }

  // Secrets in bundles: TypeScript's own lib folder (~22 MiB of minified and declaration JS) is in every checkout.
  const tsLib = resolve(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'lib');
  const detector = defaultSecretDetector();
  let bundle = { bytes: 0, findings: 0 };
  const secretsMs = await timeIt(async () => {
    const r = await scanBundlePath(tsLib, detector);
    bundle = { bytes: r.bytes, findings: r.findings.length };
  });
  const tsFiles = (await walkFiles(tsLib)).files;
  const readMs = await timeIt(() => tsFiles.forEach((f) => rawRead(f.absolute)));
  line(
    `secrets scan typescript/lib ${(bundle.bytes / MB).toFixed(1)} MiB: bastion ${mbps(bundle.bytes, secretsMs).toFixed(0)} MB/s | raw read ${mbps(bundle.bytes, readMs).toFixed(0)} MB/s | findings ${bundle.findings}`,
  );

  const sms = join(DATA, 'mlops', 'sms_spam', 'SMSSpamCollection.tsv');
  const smsRuns: { ms: number; cpuMs: number; f1: number }[] = [];
  for (const seed of [1, 2, 3]) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await runLabelIssues({
      file: sms,
      labelColumn: 'Label',
      textColumn: 'SMS',
      simulateFlips: 0.1,
      seed,
    });
    const u = process.cpuUsage(c);
    smsRuns.push({ ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000, f1: r.simulation?.f1 ?? 0 });
  }
  const meanF1 = (xs: { f1: number }[]) => (xs.reduce((s, x) => s + x.f1, 0) / xs.length).toFixed(3);
  // CPU time next to wall time: on a shared machine wall time mostly measures the neighbours.
  line(
    `labels SMS Spam 10% flips: median ${(median(smsRuns.map((r) => r.ms)) / 1000).toFixed(2)} s wall, ${(median(smsRuns.map((r) => r.cpuMs)) / 1000).toFixed(2)} s CPU, F1 ${meanF1(smsRuns)} (3 seeds) | reference CL 0.90`,
  );
  for (const [name, file] of [
    ['UCI Wine', join(DATA, 'mlops', 'uci_wine', 'wine.csv')],
    ['Breast Cancer W.', join(DATA, 'mlops', 'uci_breast_cancer_wisconsin', 'breast-cancer-wisconsin.csv')],
  ] as const) {
    const runs: { ms: number; f1: number }[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const t = performance.now();
      const r = await runLabelIssues({ file, labelColumn: '-1', simulateFlips: 0.1, seed });
      runs.push({ ms: performance.now() - t, f1: r.simulation?.f1 ?? 0 });
    }
    line(
      `labels ${name} 10% flips: median ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s, F1 ${meanF1(runs)} (5 seeds) | reference CL ${name === 'UCI Wine' ? '0.88' : '0.91'}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
