import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinAttacks, selectAttacks } from './attacks/library.js';
import { planProbes } from './probes.js';
import { buildReport, compareBaseline, thresholdFailures } from './report/build.js';
import { renderHtml } from './report/html.js';
import { renderJUnit } from './report/junit.js';
import { runProbes } from './runner.js';
import { createOpenAITarget } from './targets/openai.js';
import { startVulnerableModel, type VulnerableModel } from './vulnerable-model.js';

let model: VulnerableModel;
beforeAll(async () => {
  model = await startVulnerableModel();
});
afterAll(async () => model.close());

const options = {
  concurrency: 8,
  rps: 0,
  retries: 0,
  timeoutMs: 5000,
  seed: 7,
  allowedHosts: ['acme.example'],
};

describe('red team against the deliberately vulnerable model', () => {
  it('finds it vulnerable in every category it is vulnerable to', async () => {
    const attacks = selectAttacks(builtinAttacks(), { sample: 3 });
    const probes = planProbes(attacks, { mutators: 'all', mutatorsPerAttack: 1, includeBase: true, seed: 7 });
    const target = createOpenAITarget({ baseUrl: model.url, model: 'vulnerable', timeoutMs: 5000 });
    const results = await runProbes(target, probes, options);
    const report = buildReport({
      target: target.describe(),
      startedAt: new Date(),
      durationMs: 1,
      seed: 7,
      judge: null,
      results,
    });

    expect(results).toHaveLength(probes.length);
    expect(report.summary.attackSuccessRate).toBeGreaterThan(0.6);
    for (const category of [
      'prompt_injection',
      'indirect_injection',
      'system_prompt_extraction',
      'pii_extraction',
      'secret_extraction',
      'exfiltration',
      'excessive_agency',
    ]) {
      expect(report.categories[category]?.attackSuccessRate, category).toBeGreaterThan(0.5);
    }
    expect(thresholdFailures(report, { overall: 0.1, perCategory: {} })).toHaveLength(1);
    expect(thresholdFailures(report, { overall: 1, perCategory: { exfiltration: 0.2 } })[0]).toMatch(
      /^exfiltration/,
    );

    const junit = renderJUnit(report);
    expect(junit.match(/<failure /g)?.length).toBe(report.summary.succeeded);
    const html = renderHtml(report);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
  });

  it('is reproducible with a seed', async () => {
    const attacks = selectAttacks(builtinAttacks(), { sample: 20 });
    const plan = { mutators: 'all' as const, mutatorsPerAttack: 2, includeBase: false, seed: 11 };
    const a = planProbes(attacks, plan).map((p) => p.key + p.turns.join());
    const b = planProbes(attacks, plan).map((p) => p.key + p.turns.join());
    expect(a).toEqual(b);
    expect(planProbes(attacks, { ...plan, seed: 12 }).map((p) => p.key + p.turns.join())).not.toEqual(a);
  });

  it('reports regressions and fixes against a baseline', () => {
    const base = {
      key: 'k',
      attackId: 'a',
      category: 'jailbreak' as const,
      mutator: null,
      blocked: false,
      grader: 'g',
      reason: 'r',
      status: 200,
      latencyMs: 1,
      excerpt: '',
      error: null,
      judged: false,
    };
    const mk = (keys: [string, boolean][]) =>
      buildReport({
        target: 't',
        startedAt: new Date(),
        durationMs: 1,
        seed: 1,
        judge: null,
        results: keys.map(([key, succeeded]) => ({ ...base, key, succeeded })),
      });
    const diff = compareBaseline(
      mk([
        ['x', true],
        ['y', false],
      ]),
      mk([
        ['x', false],
        ['y', true],
      ]),
    );
    expect(diff).toMatchObject({ regressions: ['x'], fixes: ['y'] });
  });
});
