import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
