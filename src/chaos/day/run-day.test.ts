import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpServer, type TestHttp } from '../../../test/chaos/servers.js';
import { createFaultProxyServer, type FaultProxyServer } from '../proxy/control-api.js';
import { loadPlan } from './load-plan.js';
import { reviewHtml, reviewMarkdown } from './review.js';
import { runbookHtml, runbookMarkdown } from './runbook.js';
import { runDay } from './run-day.js';

let upstream: TestHttp;
let fault: FaultProxyServer;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-day-'));

const experiment = (title: string, category: string, status: number) => `
title: ${title}
category: ${category}
hypothesis:
  title: answers 200
  probes:
    - probe: http
      url: \${TARGET}/json
      tolerance: { status: 200 }
method:
  - action: toxic-add
    name: inject ${status}
    api: \${PROXY_API}
    proxy: day
    toxic: { name: inject, type: http_status, attributes: { status: ${status} } }
  - probe: http
    name: clients see 200 or 429
    url: \${TARGET}/json
    tolerance: { status: [200, 429] }
  - action: toxic-remove
    api: \${PROXY_API}
    proxy: day
    toxic: inject
`;

beforeAll(async () => {
  upstream = await httpServer();
  fault = createFaultProxyServer();
  const api = await fault.listen(0);
  const proxy = await fault.registry.create({
    name: 'day',
    listen: '127.0.0.1:0',
    upstream: `127.0.0.1:${upstream.port}`,
  });
  env = { PROXY_API: api, TARGET: `http://${proxy.listen}` };
  writeFileSync(join(dir, 'rate.yaml'), experiment('Rate limits are passed on', 'upstream', 429));
  writeFileSync(join(dir, 'crash.yaml'), experiment('Upstream 500s are hidden', 'upstream', 500));
  writeFileSync(
    join(dir, 'halt.yaml'),
    experiment('Never runs', 'storage', 503).replace(
      'method:',
      'safeguards:\n  killSwitch: { file: HALT }\nmethod:',
    ),
  );
  writeFileSync(join(dir, 'HALT'), '');
  writeFileSync(
    join(dir, 'plan.yaml'),
    `title: November Chaos Day
date: "2026-11-25"
roles:
  - { name: Ana, role: facilitator }
  - { name: Bo, role: on-call, mayFix: false }
experiments:
  - { file: rate.yaml, owner: Ana, at: "10:00" }
  - { file: crash.yaml, owner: Bo, at: "11:00" }
  - { file: halt.yaml, owner: Ana }
`,
  );
});

afterAll(async () => {
  await fault.close();
  await upstream.close();
});

describe('Chaos Day', () => {
  it('rejects a plan whose experiments do not validate, naming the file and line', () => {
    writeFileSync(join(dir, 'broken.yaml'), 'title: x\nhypothesis:\n  title: h\n  probes: []\nmethod: []\n');
    writeFileSync(
      join(dir, 'bad-plan.yaml'),
      'title: bad\nexperiments:\n  - { file: broken.yaml, owner: me }\n',
    );
    expect(() => loadPlan(join(dir, 'bad-plan.yaml'), env)).toThrow(/broken\.yaml:4 hypothesis\.probes/);
  });

  it('writes a runbook with roles, schedule, method and safeguards', () => {
    const plan = loadPlan(join(dir, 'plan.yaml'), env);
    const md = runbookMarkdown(plan);
    expect(md).toContain('| Bo | on-call | **no** — observe and note only |');
    expect(md).toContain('| 1 | 10:00 | Rate limits are passed on | Ana | upstream |');
    expect(md).toContain('**inject 429** — action toxic-add');
    expect(runbookHtml(plan)).toContain('<table>');
  });

  it('runs the plan in order and scores each category', async () => {
    const plan = loadPlan(join(dir, 'plan.yaml'), env);
    const day = await runDay(plan, {
      env,
      askNotes: async (e) => (e.index === 1 ? 'the gateway relayed a raw 500' : ''),
    });
    expect(day.entries.map((e) => e.status)).toEqual(['held', 'deviated', 'refused']);
    day.notes.push('Lesson: add a fallback model for chat.');
    const md = reviewMarkdown(day);
    expect(md).toContain('**Resilience score: 33 / 100**');
    expect(md).toContain('| storage | 1 | 0 |');
    expect(md).toContain('| upstream | 2 | 50 |');
    expect(md).toContain('**Upstream 500s are hidden:** the gateway relayed a raw 500');
    expect(md).toContain('Lesson: add a fallback model for chat.');
    const html = reviewHtml(day);
    expect(html).toContain('aria-label="Resilience score per category"');
    expect(html).toContain('aria-label="Experiment timeline"');
    expect(fault.registry.toxics('day')).toEqual([]);
  });
});
