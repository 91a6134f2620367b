/**
 * `npm run bench:guards`: speed of all input scanners (2 KB prompt, 1 MB document, docs-ingest passages), PII precision/recall/F1 on
 * Presidio's synthetic dev set, and vard side by side on the same texts and the same held-out rows, in one process.
 */
import { cpus, loadavg } from 'node:os';
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { PII_TYPES, VALIDATED_PII_TYPES, detectPii } from '../../src/guards/pii/detect-pii.js';
import { codePointSpansToUtf16, scorePii } from '../../src/guards/pii/evaluate.js';
import piiScanner from '../../src/guards/scanners/pii.js';
import secretsScanner from '../../src/guards/scanners/secrets.js';
import { SECRET_RULES } from '../../src/guards/secrets/rules.js';
import { createGuardIngestScan } from '../../src/assistant/guard-ingest-scan.js';
import { corpusOf, datasetTexts, datasetsDir, loadPresidioRows } from './datasets.js';
import { loadDatasetRows } from './eval-data.js';
import { loadPassageDocs } from './passages.js';
import { cpuUs, fmt, percentile, timeUs } from './stats.js';
import { loadVard } from './vard.js';

const out = (line = '') => process.stdout.write(line + '\n');
/** `--quick`: fewer runs and speed only (no PII / held-out accuracy sections), for a check while developing. */
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1000 : 3000;
const THR_RUNS = quick ? 5 : 9;
const docs = datasetTexts('benign/documentation.jsonl');
const corpus = (size: number, offset = 0): string => corpusOf(docs, size, offset);

// A realistic 2 KB prompt: a question over pasted documentation; the second variant also carries PII and a secret.
const prompt2k =
  `Please summarise the following notes for my team and list any action items.\n\n${corpus(2048 - 80, 17)}`.slice(
    0,
    2048,
  );
const piiPrompt2k = (
  prompt2k.slice(0, 1800) +
  '\nContact: ana.lopez@example.org, +44 20 7946 0958, card 4111 1111 1111 1111, token ghp_' +
  'a'.repeat(36)
).slice(0, 2048);
const doc1m = corpus(1 << 20, 101);

const vard = await loadVard();
const engine = createGuardEngine(guardsSchema.parse({}));
const bigBudget = createGuardEngine(guardsSchema.parse({ timeBudget: '60s' }));
const ruleOnly = createGuardEngine(
  guardsSchema.parse({
    input: {
      prompt_injection: { enabled: false },
      jailbreak: { enabled: false },
      harmful_intent: { enabled: false },
    },
  }),
);
const ctx = { direction: 'input' as const };
const piiScan = piiScanner.create(piiScanner.options.parse({}));
const secretsScan = secretsScanner.create(secretsScanner.options.parse({}));

out(
  `# bench:guards — ${new Date().toISOString()} — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (single thread)`,
);
out(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (2 cores shared by every helper: wall times include waiting for a core; CPU time does not)`,
);
out(
  `input scanners: ${[...engine.settings('input').keys()].join(', ')}; secret rules: ${SECRET_RULES.length}`,
);
out();
out(`## Latency, 2 KB prompt (µs per scan, ${RUNS} runs after warm-up)`);
out('| what | wall median | wall p99 | CPU mean |');
out('|---|---|---|---|');
const row = (name: string, fn: () => unknown) => {
  const t = timeUs(fn, RUNS, 300);
  out(`| ${name} | ${fmt(percentile(t, 50))} | ${fmt(percentile(t, 99))} | ${fmt(cpuUs(fn, RUNS))} |`);
};
row('Bastion, all input scanners (normalise + 7 scanners)', () => engine.scan(prompt2k, ctx));
row('Bastion, rule scanners only (pii, secrets, invisible_text, limits)', () => ruleOnly.scan(prompt2k, ctx));
row('Bastion, all input scanners, prompt with PII + secret', () => engine.scan(piiPrompt2k, ctx));
if (vard) row(`vard ${vard.version} (moderate preset)`, () => vard.vard.safeParse(prompt2k));
out('| LLM Guard PromptInjection (deberta-v3, ONNX, CPU), published | ~100 000 | — | — |');
out();

// Per-scanner medians, from the engine's own timings.
const perScanner = new Map<string, number[]>();
for (let i = 0; i < 1000; i++)
  for (const t of engine.scan(prompt2k, ctx).timings)
    (perScanner.get(t.scanner) ?? perScanner.set(t.scanner, []).get(t.scanner))?.push(t.elapsedUs);
out(
  'per scanner, median µs: ' +
    [...perScanner]
      .map(
        ([k, v]) =>
          `${k} ${fmt(
            percentile(
              v.sort((a, b) => a - b),
              50,
            ),
          )}`,
      )
      .join(' · '),
);
out();

out(
  `## Throughput, 1 MB document (median of ${THR_RUNS} scans after 3 warm-up scans; CPU: least disturbed of 3 batches)`,
);
out('| what | wall ms | wall MB/s | CPU ms | CPU MB/s |');
out('|---|---|---|---|---|');
const mb = doc1m.length / (1 << 20);
const thr = (name: string, fn: () => unknown) => {
  const t = timeUs(fn, THR_RUNS, 3);
  const ms = percentile(t, 50) / 1000;
  // Process CPU time also counts V8's background compiler and GC threads; the least disturbed batch is the figure.
  const cpuMs = Math.min(cpuUs(fn, 3), cpuUs(fn, 3), cpuUs(fn, 3)) / 1000;
  out(`| ${name} | ${fmt(ms)} | ${fmt(mb / (ms / 1000))} | ${fmt(cpuMs)} | ${fmt(mb / (cpuMs / 1000))} |`);
};
thr('Bastion, all input scanners', () => bigBudget.scan(doc1m, ctx));
thr('Bastion, rule scanners only', () => ruleOnly.scan(doc1m, ctx));
thr('Bastion, PII + secrets scanners alone (no normaliser)', () => {
  const t = { original: doc1m, text: doc1m, toOriginal: (o: number) => o, decoded: [], hidden: [] };
  piiScan(t, ctx);
  secretsScan(t, ctx);
});
if (vard) thr(`vard ${vard.version}`, () => vard.vard.safeParse(doc1m));
out();

// Docs ingest scans ~100,000 short passages: the cost per call, not per megabyte, decides its speed.
const passages = loadPassageDocs(7).flatMap((d) => d.passages);
const passageChars = passages.reduce((n, p) => n + p.length, 0);
const ingestScan = createGuardIngestScan(bigBudget);
const docCtx = { direction: 'input' as const, source: 'document' as const };
out(
  `## Docs-ingest passages (${passages.length} passages of the assistant bench corpus, ${fmt(passageChars / passages.length, 0)} characters on average; CPU: least disturbed of 3 passes)`,
);
out('| what | CPU µs per passage | MB per CPU-second |');
out('|---|---|---|');
const perPassage = (name: string, fn: (text: string) => unknown) => {
  for (const p of passages.slice(0, 2000)) fn(p);
  let best = Infinity;
  for (let b = 0; b < 3; b++) {
    const c0 = process.cpuUsage();
    for (const p of passages) fn(p);
    const c = process.cpuUsage(c0);
    best = Math.min(best, c.user + c.system);
  }
  out(`| ${name} | ${fmt(best / passages.length)} | ${fmt(passageChars / best)} |`);
};
perPassage(
  'Bastion ingest scan (all input scanners, document source, + built-in injection rules)',
  ingestScan,
);
perPassage('Bastion, all input scanners (document source)', (p) => bigBudget.scan(p, docCtx));
if (vard) perPassage(`vard ${vard.version} (moderate preset)`, (p) => vard.vard.safeParse(p));
out();

if (!quick) {
  out('## PII on presidio-synth-pii-dev.jsonl (span overlap + same type = hit; exact-boundary F1 alongside)');
  const rows = loadPresidioRows();
  const scored = rows.map((r) => ({
    gold: codePointSpansToUtf16(r.text, r.entities),
    predicted: detectPii(r.text, { types: PII_TYPES, minScore: 0.5 }),
  }));
  const exact = new Map(scorePii(scored, { exact: true }).map((s) => [s.type, s.f1]));
  out('| type | gold | predicted | precision | recall | F1 | exact F1 |');
  out('|---|---|---|---|---|---|---|');
  for (const s of scorePii(scored)) {
    const tag = VALIDATED_PII_TYPES.includes(s.type as (typeof VALIDATED_PII_TYPES)[number])
      ? ' (validated)'
      : PII_TYPES.includes(s.type as (typeof PII_TYPES)[number])
        ? ' (heuristic)'
        : ' (not detected)';
    out(
      `| ${s.type}${tag} | ${s.support} | ${s.predicted} | ${fmt(s.precision, 3)} | ${fmt(s.recall, 3)} | ${fmt(s.f1, 3)} | ${fmt(exact.get(s.type) ?? 0, 3)} |`,
    );
  }
  const noPii = rows.filter((r) => r.entities.length === 0);
  const fpRows = noPii.filter((r) => detectPii(r.text, { minScore: 0.5 }).length > 0).length;
  out(`rows without PII flagged by the default entity set: ${fpRows}/${noPii.length}`);
  if (vard) {
    const flagged = rows.filter((r) => !vard.vard.safeParse(r.text).safe).length;
    out(
      `vard has no PII detection; on the same ${rows.length} rows it flags ${flagged} as prompt injection.`,
    );
  }
  out();

  out('## Injection + jailbreak, held-out test split, Bastion vs vard on the same rows');
  const held = loadDatasetRows(datasetsDir()).filter(
    (r) => r.split === 'test' && (r.label === 'injection' || r.label === 'jailbreak' || r.label === 'benign'),
  );
  const thresholds = engine.settings('input');
  const bastionFlags = (text: string, source: 'user' | 'document') =>
    engine
      .scan(text, { direction: 'input', source })
      .findings.some(
        (f) =>
          (f.kind === 'prompt_injection' || f.kind === 'jailbreak') &&
          f.score >= (thresholds.get(f.scanner)?.threshold ?? 0.5),
      );
  const files = [...new Set(held.map((r) => r.file))].sort();
  out('| file | attacks | benign | Bastion recall | Bastion FPR | vard recall | vard FPR |');
  out('|---|---|---|---|---|---|---|');
  let tot = { a: 0, b: 0, ba: 0, bb: 0, va: 0, vb: 0 };
  for (const file of files) {
    const fr = held.filter((r) => r.file === file);
    const attacks = fr.filter((r) => r.label !== 'benign');
    const benign = fr.filter((r) => r.label === 'benign');
    const source = file === 'bipia-indirect' ? 'document' : 'user';
    const ba = attacks.filter((r) => bastionFlags(r.text, source)).length;
    const bb = benign.filter((r) => bastionFlags(r.text, source)).length;
    const va = vard ? attacks.filter((r) => !vard.vard.safeParse(r.text).safe).length : NaN;
    const vb = vard ? benign.filter((r) => !vard.vard.safeParse(r.text).safe).length : NaN;
    tot = {
      a: tot.a + attacks.length,
      b: tot.b + benign.length,
      ba: tot.ba + ba,
      bb: tot.bb + bb,
      va: tot.va + va,
      vb: tot.vb + vb,
    };
    const pct = (x: number, n: number) => (n === 0 ? '—' : fmt((100 * x) / n) + '%');
    out(
      `| ${file} | ${attacks.length} | ${benign.length} | ${pct(ba, attacks.length)} | ${pct(bb, benign.length)} | ${pct(va, attacks.length)} | ${pct(vb, benign.length)} |`,
    );
  }
  const bal = (a: number, na: number, b: number, nb: number) => fmt((100 * (a / na + (1 - b / nb))) / 2);
  out(
    `| **all** | ${tot.a} | ${tot.b} | ${fmt((100 * tot.ba) / tot.a)}% | ${fmt((100 * tot.bb) / tot.b)}% | ${fmt((100 * tot.va) / tot.a)}% | ${fmt((100 * tot.vb) / tot.b)}% |`,
  );
  out(
    `balanced accuracy: Bastion ${bal(tot.ba, tot.a, tot.bb, tot.b)}% · vard ${bal(tot.va, tot.a, tot.vb, tot.b)}% (published for orientation: LLM Guard/ProtectAI deberta-v3 v2 79.1 on PINT)`,
  );
}
