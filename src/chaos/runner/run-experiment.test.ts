import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpServer, type TestHttp } from '../../../test/chaos/servers.js';
import { parseExperiment } from '../experiment/load-experiment.js';
import { createFaultProxyServer, type FaultProxyServer } from '../proxy/control-api.js';
import { journalsJunit } from '../report/junit.js';
import { journalHtml, journalMarkdown } from '../report/render.js';
import { exitCodeOf } from './journal.js';
import { runExperiment, type RunOptions } from './run-experiment.js';

let upstream: TestHttp;
let fault: FaultProxyServer;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-run-'));

beforeAll(async () => {
  upstream = await httpServer();
  fault = createFaultProxyServer();
  const api = await fault.listen(0);
  const proxy = await fault.registry.create({
    name: 'llm',
    listen: '127.0.0.1:0',
    upstream: `127.0.0.1:${upstream.port}`,
  });
  env = { PROXY_API: api, TARGET: `http://${proxy.listen}` };
});

afterAll(async () => {
  await fault.close();
  await upstream.close();
});

const HYPOTHESIS = `
hypothesis:
  title: the service answers 200
  probes:
    - probe: http
      name: answers
      url: \${TARGET}/json
      tolerance: { status: 200, jsonPath: $.ok, equals: true }
`;

function run(yaml: string, options: RunOptions = {}) {
  const experiment = parseExperiment(yaml, 'test.yaml', env);
  return runExperiment({ experiment, file: 'test.yaml', baseDir: dir }, { env, ...options });
}

describe('runExperiment', () => {
  it('holds when the service tolerates the fault, and rolls the toxic back', async () => {
    const journal = await run(`
title: latency is tolerated
${HYPOTHESIS}
method:
  - action: toxic-add
    name: add latency
    api: \${PROXY_API}
    proxy: llm
    toxic: { name: slow, type: latency, attributes: { latency: 50 } }
  - probe: http
    name: still answers
    url: \${TARGET}/json
    requests: 3
    tolerance: { status: 200 }
rollbacks:
  - action: toxic-remove
    api: \${PROXY_API}
    proxy: llm
    toxic: slow
`);
    expect(journal.status).toBe('held');
    expect(exitCodeOf(journal)).toBe(0);
    expect(journal.hypothesis).toEqual({ before: 'held', during: 'held', after: 'held' });
    expect(journal.steps.map((s) => `${s.phase}:${s.name}:${s.status}`)).toEqual([
      'before:answers:ok',
      'method:add latency:ok',
      'method:still answers:ok',
      'after:answers:ok',
      'rollback:toxic-remove#1:ok',
      'rollback:automatic undo:ok',
    ]);
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('deviates when clients see errors, exits non-zero, and still removes the toxic', async () => {
    const journal = await run(`
title: upstream 503s
${HYPOTHESIS}
method:
  - action: toxic-add
    api: \${PROXY_API}
    proxy: llm
    toxic: { type: http_status, attributes: { status: 503 } }
  - probe: http
    name: clients never see 5xx
    url: \${TARGET}/json
    tolerance: { status: [200, 429] }
`);
    expect(journal.status).toBe('deviated');
    expect(journal.reason).toContain('status 503 not in [200, 429]');
    const junit = journalsJunit([journal]);
    expect(junit).toContain('failures="3"'); // during, after, and the verdict
    expect(junit).toContain('name="method: clients never see 5xx"');
    expect(exitCodeOf(journal)).toBe(1);
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('aborts when an abort condition stops holding, and rolls back', async () => {
    const journal = await run(`
title: abort on errors
${HYPOTHESIS}
method:
  - action: toxic-add
    api: \${PROXY_API}
    proxy: llm
    toxic: { type: http_status, attributes: { status: 500 } }
  - pause: 20s
safeguards:
  pollInterval: 100ms
  abortConditions:
    - probe: http
      name: error budget
      url: \${TARGET}/json
      tolerance: { status: 200 }
`);
    expect(journal.status).toBe('aborted');
    expect(journal.reason).toContain('abort condition "error budget"');
    expect(journal.durationMs).toBeLessThan(20_000);
    expect(journal.rollbacks.ran).toBe(1);
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('aborts on an external interrupt (Ctrl-C) and still runs rollbacks', async () => {
    const controller = new AbortController();
    const pending = run(
      `
title: interrupted
${HYPOTHESIS}
method:
  - action: toxic-add
    api: \${PROXY_API}
    proxy: llm
    toxic: { type: latency, attributes: { latency: 10 } }
  - pause: 30s
`,
      { signal: controller.signal, onStep: (s) => s.kind === 'action' && controller.abort() },
    );
    const journal = await pending;
    expect(journal.status).toBe('aborted');
    expect(journal.reason).toContain('interrupted');
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('aborts when the kill switch is engaged mid-run', async () => {
    const stop = join(dir, 'STOP-LATER');
    const journal = await run(
      `
title: halted mid-run
${HYPOTHESIS}
method:
  - action: toxic-add
    api: \${PROXY_API}
    proxy: llm
    toxic: { type: latency, attributes: { latency: 10 } }
  - pause: 30s
safeguards:
  pollInterval: 100ms
  killSwitch: { file: STOP-LATER }
`,
      { onStep: (s) => s.kind === 'action' && writeFileSync(stop, '') },
    );
    expect(journal.status).toBe('aborted');
    expect(journal.reason).toContain('STOP-LATER exists');
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('fails without injecting anything when the steady state does not hold before', async () => {
    const journal = await run(`
title: broken before
hypothesis:
  title: impossible
  probes:
    - probe: http
      url: \${TARGET}/json
      tolerance: { status: 418 }
method:
  - action: toxic-add
    api: \${PROXY_API}
    proxy: llm
    toxic: { type: latency }
`);
    expect(journal.status).toBe('failed');
    expect(journal.steps.some((s) => s.phase === 'method')).toBe(false);
  });

  it('refuses to start with the kill switch engaged or inside a blackout', async () => {
    const halted = await run(`title: halted\n${HYPOTHESIS}\nmethod:\n  - pause: 1ms\n`, {
      env: { ...env, BASTION_CHAOS_HALT: '1' },
    });
    expect(halted.status).toBe('refused');
    expect(halted.reason).toContain('BASTION_CHAOS_HALT');
    const file = join(dir, 'STOP');
    writeFileSync(file, '');
    const stopped = await run(
      `title: file\n${HYPOTHESIS}\nmethod:\n  - pause: 1ms\nsafeguards:\n  killSwitch: { file: STOP }\n`,
    );
    expect(stopped.reason).toContain('STOP exists');
    const blackout = await run(
      `title: blackout\n${HYPOTHESIS}\nmethod:\n  - pause: 1ms\nsafeguards:\n  blackouts:\n    - { from: "2020-01-01T00:00:00Z", to: "2099-01-01T00:00:00Z", reason: launch }\n`,
    );
    expect(blackout.status).toBe('refused');
    expect(blackout.reason).toContain('launch');
    expect(exitCodeOf(blackout)).toBe(1);
  });

  it('runs nothing in a dry run', async () => {
    const before = upstream.requests;
    const journal = await run(
      `title: dry\n${HYPOTHESIS}\nmethod:\n  - action: toxic-add\n    api: \${PROXY_API}\n    proxy: llm\n    toxic: { type: latency }\n`,
      { dryRun: true },
    );
    expect(journal.status).toBe('dry-run');
    expect(journal.steps.every((s) => s.status === 'skipped')).toBe(true);
    expect(upstream.requests).toBe(before);
    expect(fault.registry.toxics('llm')).toEqual([]);
  });

  it('fills a directory to a size and frees it on rollback; refuses unsafe targets', async () => {
    const fill = join(dir, 'fill');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(fill);
    let sizeDuring = 0;
    const journal = await run(
      `
title: fill
${HYPOTHESIS}
method:
  - action: fill-disk
    path: fill
    size: 256kb
`,
      {
        onStep: (s) => {
          if (s.phase === 'method')
            sizeDuring = readdirSync(fill).reduce((n, f) => n + statSync(join(fill, f)).size, 0);
        },
      },
    );
    expect(journal.status).toBe('held');
    expect(sizeDuring).toBe(256 * 1024);
    expect(readdirSync(fill)).toEqual([]);
    const root = await run(
      `title: root\n${HYPOTHESIS}\nmethod:\n  - action: fill-disk\n    path: /\n    size: 1kb\n`,
    );
    expect(root.status).toBe('failed');
    expect(root.reason).toContain('not a directory an experiment may fill');
    const huge = await run(
      `title: huge\n${HYPOTHESIS}\nmethod:\n  - action: fill-disk\n    path: fill\n    percent: 100\n    maxSize: 1mb\n`,
    );
    expect(huge.reason).toContain('above maxSize');
    expect(existsSync(fill) && readdirSync(fill)).toEqual([]);
  });

  it('renders Markdown and self-contained HTML with an SVG timeline', async () => {
    const journal = await run(`title: "report <me>"\n${HYPOTHESIS}\nmethod:\n  - pause: 10ms\n`);
    const md = journalMarkdown(journal);
    expect(md).toContain('# report <me>');
    expect(md).toContain('| before | answers | http | ok |');
    const html = journalHtml(journal);
    expect(html).toContain('<svg');
    expect(html).toContain('report &lt;me&gt;');
    expect(html).not.toMatch(/<script|src="http/);
  });
});
