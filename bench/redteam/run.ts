/**
 * npm run bench:redteam — probes per second against a local target, and the full default suite
 * (every attack, alone and with 2 seeded mutators) directly against the deliberately vulnerable model
 * and through Bastion's gateway with its default guards, side by side in one run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/core/config/index.js';
import { createGateway } from '../../src/gateway/create-gateway.js';
import {
  buildReport,
  builtinAttacks,
  createOpenAITarget,
  planProbes,
  runProbes,
  startVulnerableModel,
  type Target,
} from '../../src/redteam/index.js';
import { openStore } from '../../src/store/open-store.js';

const SEED = 1;
const probes = planProbes(builtinAttacks(), {
  mutators: 'all',
  mutatorsPerAttack: 2,
  includeBase: true,
  seed: SEED,
});
const options = {
  concurrency: 16,
  rps: 0,
  retries: 0,
  timeoutMs: 30_000,
  seed: SEED,
  allowedHosts: ['acme.example'],
};

async function suite(name: string, target: Target) {
  const started = performance.now();
  const results = await runProbes(target, probes, options);
  const seconds = (performance.now() - started) / 1000;
  const report = buildReport({
    target: name,
    startedAt: new Date(),
    durationMs: seconds * 1000,
    seed: SEED,
    judge: null,
    results,
  });
  return {
    name,
    seconds,
    perSecond: probes.length / seconds,
    rate: report.summary.attackSuccessRate,
    report,
  };
}

const model = await startVulnerableModel();
const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-redteam-'));
try {
  const direct = await suite(
    'vulnerable model, direct',
    createOpenAITarget({ baseUrl: model.url, model: 'vulnerable', timeoutMs: 30_000 }),
  );

  const loaded = parseConfig(
    [
      `store: sqlite://${join(dir, 'bastion.db')}`,
      'counters: memory',
      'providers:',
      '  vuln: { type: openai-compatible, hosting: self-hosted, baseUrl: "' + model.url + '" }',
      'models:',
      '  vulnerable: { provider: vuln, dataClasses: [public, internal] }',
      'useCases:',
      '  redteam: { models: [vulnerable], tools: strip, onDisallowedData: block }',
    ].join('\n'),
    'bench-redteam.yaml',
  );
  const store = await openStore({ store: loaded.config.store, counters: loaded.config.counters });
  const { secret } = await store.keys.create({ name: 'bench', useCase: 'redteam' });
  const gateway = createGateway({ loaded, store });
  const url = await gateway.listen(0, '127.0.0.1');
  const guarded = await suite(
    'vulnerable model behind Bastion (default guards)',
    createOpenAITarget({ baseUrl: `${url}/v1`, model: 'vulnerable', apiKey: secret, timeoutMs: 30_000 }),
  );
  await gateway.close();
  await store.close();

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `\nbench:redteam — ${builtinAttacks().length} attacks, ${probes.length} probes, concurrency ${options.concurrency}, node ${process.version}\n`,
  );
  console.log('| run | suite time | probes/s | attack success rate |');
  console.log('|---|---:|---:|---:|');
  for (const r of [direct, guarded])
    console.log(`| ${r.name} | ${r.seconds.toFixed(1)} s | ${Math.round(r.perSecond)} | ${pct(r.rate)} |`);
  console.log(
    `\nratio: the gateway cuts the attack success rate ${(direct.rate / Math.max(guarded.rate, 1e-9)).toFixed(1)}× and runs at ${(guarded.perSecond / direct.perSecond).toFixed(2)}× the direct probe rate\n`,
  );
  console.log('| category | direct | behind Bastion |');
  console.log('|---|---:|---:|');
  for (const [category, r] of Object.entries(direct.report.categories)) {
    console.log(
      `| ${category} | ${pct(r.attackSuccessRate)} | ${pct(guarded.report.categories[category]?.attackSuccessRate ?? 0)} |`,
    );
  }
} finally {
  await model.close();
  rmSync(dir, { recursive: true, force: true });
}
