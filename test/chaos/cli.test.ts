import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-cli-'));
const bastion = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/bastion.js', 'chaos', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BASTION_CHAOS_HALT: '' },
  });

describe('bastion chaos CLI', () => {
  it('validate reports every problem as file:line and exits non-zero', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'title: t\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: http://127.0.0.1:1/\nmethod:\n  - action: nuke\n',
    );
    const res = bastion('validate', file);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${file}:8 method[0].action: unknown action`);
    expect(res.stderr).toContain('BASTION_ERR_CHAOS_EXPERIMENT_INVALID');
  });

  it('validate accepts the experiments shipped in experiments/', () => {
    const res = bastion('validate', 'experiments/examples/latency-smoke.yaml');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });

  it('run --dry-run writes a journal and report renders it', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(
      file,
      'title: dry\nhypothesis:\n  title: h\n  probes:\n    - probe: command\n      run: [node, -e, ""]\n      tolerance: { exitCode: 0 }\nmethod:\n  - pause: 1ms\n',
    );
    const journal = join(dir, 'j.json');
    const junit = join(dir, 'junit.xml');
    const run = bastion('run', file, '--dry-run', '--journal', journal, '--junit', junit);
    expect(run.status).toBe(0);
    expect(readFileSync(junit, 'utf8')).toContain('<testcase classname="dry" name="hypothesis held"');
    expect(JSON.parse(readFileSync(journal, 'utf8'))).toMatchObject({
      status: 'dry-run',
      format: 'bastion-chaos-journal/1',
    });
    const html = join(dir, 'r.html');
    const report = bastion('report', journal, '--html', html);
    expect(report.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<svg');
  });

  it('run exits 1 when the kill switch is engaged', () => {
    const file = join(dir, 'ok.yaml');
    const res = spawnSync(process.execPath, ['bin/bastion.js', 'chaos', 'run', file], {
      encoding: 'utf8',
      env: { ...process.env, BASTION_CHAOS_HALT: '1' },
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('refused');
  });

  it('report refuses a file that is not a journal', () => {
    const file = join(dir, 'x.json');
    writeFileSync(file, '{"hello": 1}');
    const res = bastion('report', file);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('BASTION_ERR_CHAOS_JOURNAL_INVALID');
  });
});

describe('bastion chaos day', () => {
  it('writes the runbook for the Bastion Chaos Day plan', () => {
    const out = join(dir, 'day');
    const env = {
      GATEWAY_URL: 'http://127.0.0.1:1',
      GATEWAY_PORT: '1',
      GATEWAY_CONFIG: 'g.yaml',
      GATEWAY_KEY: 'k',
      METRICS_TOKEN: 't',
      PROXY_API: 'http://127.0.0.1:2',
      AUDIT_DIR: dir,
      WORK_DIR: dir,
    };
    const res = spawnSync(
      process.execPath,
      [
        'bin/bastion.js',
        'chaos',
        'day',
        'experiments/bastion/chaos-day.yaml',
        '--runbook-only',
        '--out',
        out,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      },
    );
    expect(res.status, res.stderr).toBe(0);
    const md = readFileSync(join(out, 'runbook.md'), 'utf8');
    expect(md).toContain('| On-call | watches dashboards and alerts | **no** — observe and note only |');
    expect(md).toContain('## 6. Disk full under the audit store');
    expect(readFileSync(join(out, 'runbook.html'), 'utf8')).toContain(
      '<h1>Runbook: Bastion gateway Chaos Day</h1>',
    );
  });
});

describe('bastion chaos run and Ctrl-C', () => {
  it('on SIGINT aborts, still rolls back, writes the journal and exits 1', async () => {
    const { createFaultProxyServer } = await import('../../src/chaos/proxy/control-api.js');
    const { echoServer } = await import('./servers.js');
    const echo = await echoServer();
    const fault = createFaultProxyServer();
    const api = await fault.listen(0);
    await fault.registry.create({ name: 'svc', listen: '127.0.0.1:0', upstream: `127.0.0.1:${echo.port}` });
    try {
      const file = join(dir, 'sigint.yaml');
      writeFileSync(
        file,
        `title: interrupted\nhypothesis:\n  title: h\n  probes:\n    - probe: command\n      run: [node, -e, ""]\n      tolerance: { exitCode: 0 }\nmethod:\n  - action: toxic-add\n    api: ${api}\n    proxy: svc\n    toxic: { name: lag, type: latency }\n  - pause: 60s\n`,
      );
      const journal = join(dir, 'sigint.json');
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, ['bin/bastion.js', 'chaos', 'run', file, '--journal', journal], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      let interrupted = false;
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        // the toxic is in place and the run is pausing: interrupt it (once: a second Ctrl-C means "exit now")
        if (!interrupted && err.includes('toxic-add')) {
          interrupted = true;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain('running rollbacks');
      expect(JSON.parse(readFileSync(journal, 'utf8'))).toMatchObject({
        status: 'aborted',
        reason: 'interrupted (SIGINT)',
      });
      expect(fault.registry.toxics('svc')).toEqual([]);
    } finally {
      await fault.close();
      await echo.close();
    }
  });
});
