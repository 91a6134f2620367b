import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-validate-'));

describe('bastion chaos validate with several files', () => {
  it('checks every file and reports each bad one, not only the first', () => {
    const good = 'experiments/examples/latency-smoke.yaml';
    const typo = join(dir, 'typo.yaml');
    writeFileSync(
      typo,
      'title: t\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: http://127.0.0.1:1/\n      tolerance: { status: 200 }\nmethod:\n  - action: toxic-add\n    proxy: api\n    toxic: { type: latencyy }\n',
    );
    const res = spawnSync(
      process.execPath,
      ['bin/bastion.js', 'chaos', 'validate', typo, good, join(dir, 'missing.yaml')],
      { encoding: 'utf8' },
    );
    expect(res.status).toBe(2);
    expect(res.stdout).toContain(`${good}: ok`);
    expect(res.stderr).toContain(`${typo}:11 method[0].toxic.type: unknown toxic type "latencyy"`);
    expect(res.stderr).toContain('missing.yaml: no such file');
    expect(res.stderr).toContain('2 of 3 experiment files are invalid');
  });
});

describe('bastion chaos proxy --populate', () => {
  it('reports a bad proxies file as file:line before listening, typos in field names included', () => {
    const file = join(dir, 'proxies.yaml');
    writeFileSync(
      file,
      '- name: a\n  listen: 127.0.0.1:0\n  upstream: 127.0.0.1:1\n- name: b\n  listn: 127.0.0.1:0\n  upstream: 127.0.0.1:1\n',
    );
    const res = spawnSync(
      process.execPath,
      ['bin/bastion.js', 'chaos', 'proxy', '--port', '0', '--populate', file],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(`${file}:4 [1]: Unrecognized key: "listn"`);
    expect(res.stderr).toContain(`${file}:4 [1].listen: Invalid input`);
  });
});

/** The environment of a fresh clone: none of the variables Bastion's own experiments read at run time. */
const RUNTIME_VARS = [
  'GATEWAY_URL',
  'GATEWAY_PORT',
  'GATEWAY_CONFIG',
  'GATEWAY_KEY',
  'METRICS_TOKEN',
  'PROXY_API',
  'AUDIT_DIR',
  'WORK_DIR',
  'TARGET',
];
const freshEnv = () => {
  const env: Record<string, string | undefined> = { ...process.env, BASTION_CHAOS_HALT: '' };
  for (const v of RUNTIME_VARS) delete env[v];
  return env;
};
const chaos = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/bastion.js', 'chaos', ...args], {
    encoding: 'utf8',
    env: freshEnv(),
    timeout: 60_000,
  });

describe('bastion chaos validate on a fresh clone (runtime variables not set)', () => {
  it('accepts every shipped experiment and plan and names the variables a run will need', () => {
    for (const res of [chaos('validate'), chaos('validate', 'experiments/')]) {
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      for (const file of [
        '01-upstream-down-fallback',
        '02-upstream-429-retry-after',
        '03-upstream-latency-breaker',
        '04-sse-stream-cut',
        '05-replica-sigkill',
        '06-disk-full',
      ])
        expect(res.stdout).toMatch(new RegExp(`experiments/bastion/${file}\\.yaml: ok — `));
      expect(res.stdout).toContain(
        'experiments/bastion/chaos-day.yaml: ok — Chaos Day plan "Bastion gateway Chaos Day" (6 experiments)',
      );
      expect(res.stdout).toContain('experiments/examples/latency-smoke.yaml: ok — ');
      expect(res.stdout).toMatch(
        /06-disk-full\.yaml: ok .*\n {2}needs at run time \(not set here\): .*AUDIT_DIR/,
      );
      expect(res.stdout).toMatch(
        /7 of 8 files read environment variables that are not set here: .*GATEWAY_URL/,
      );
    }
  });

  const typo = join(dir, 'env-and-typo.yaml');
  writeFileSync(
    typo,
    'title: t\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: ${TARGET}/healthz\n      tolerance: { status: 200 }\nmethod:\n  - action: http\n    url: ${TARGET}\n  - action: nuke\n',
  );
  const fine = join(dir, 'env-only.yaml');
  writeFileSync(
    fine,
    'title: t\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: ${TARGET}/healthz\n      tolerance: { status: 200 }\nmethod:\n  - action: http\n    url: ${TARGET}\n',
  );

  it('still reports a real structure error as file:line, without the unset variables around it', () => {
    const res = chaos('validate', typo);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${typo}:11 method[1].action: unknown action`);
    expect(res.stderr).not.toContain('TARGET');
  });

  it('--require-env fails on unset variables and says where each is used', () => {
    const res = chaos('validate', '--require-env', fine);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${fine}:10 method[0].url: environment variable TARGET is not set`);
    const set = spawnSync(process.execPath, ['bin/bastion.js', 'chaos', 'validate', '--require-env', fine], {
      encoding: 'utf8',
      env: { ...freshEnv(), TARGET: 'http://127.0.0.1:1' },
    });
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect(set.stdout).not.toContain('needs at run time');
  });

  it('run and run --dry-run refuse an experiment whose variables are unset, naming them', () => {
    expect(chaos('validate', fine).stdout).toContain('needs at run time (not set here): TARGET');
    for (const res of [chaos('run', fine), chaos('run', fine, '--dry-run')]) {
      expect(res.status).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(`${fine}: cannot run: environment variables not set: TARGET`);
      expect(res.stderr).toContain(`${fine}:10 method[0].url: environment variable TARGET is not set`);
    }
  });

  it('without arguments outside a repository, says there is no experiments/ folder', () => {
    const res = spawnSync(process.execPath, [join(process.cwd(), 'bin/bastion.js'), 'chaos', 'validate'], {
      encoding: 'utf8',
      cwd: dir,
      env: freshEnv(),
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(
      `no experiments/ folder in ${dir}: name the experiment files or folders to check`,
    );
  });

  it('says so when a folder holds no experiment files', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const res = chaos('validate', empty);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${empty}: no .yaml or .yml files in this folder`);
  });
});
