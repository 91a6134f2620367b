import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/keys.js';
import { BastionError } from '../../src/core/errors/index.js';
import { sha256Hex } from '../../src/core/hash.js';
import { awayFromMinuteBoundary } from '../gateway/cluster-harness.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli, tempWorkspace } from './cli.js';

const ws = tempWorkspace();
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

async function authenticate(secret: string) {
  const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'memory' });
  try {
    return await store.auth.authenticate(secret);
  } finally {
    await store.close();
  }
}

describe('bastion keys', () => {
  let id = '';
  let secret = '';

  it('create prints only the key on stdout, metadata on stderr, and the key works', async () => {
    const result = await runCli(
      [
        'keys',
        'create',
        '--config',
        ws.config,
        '--use-case',
        'demo',
        '--name',
        'ci',
        '--rpm',
        '60',
        '--daily-budget-usd',
        '2.5',
      ],
      ws.dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^bst_[0-9A-Za-z]{49}\n$/);
    secret = result.stdout.trim();
    expect(result.stderr).toContain('shown only this once');
    expect(result.stderr).not.toContain(secret);
    const verdict = await authenticate(secret);
    expect(verdict).toMatchObject({
      ok: true,
      key: { name: 'ci', useCase: 'demo', limits: { rpm: 60, dailyBudgetUsd: 2.5 } },
    });
    if (verdict.ok) id = verdict.key.id;
  });

  it('usage shows what the key used against its limits (sqlite counters shared with the gateway)', async () => {
    // rpm counts per UTC minute: a CLI start on a slow machine can take it into the next minute, which rightly shows 0.
    await awayFromMinuteBoundary(20_000);
    const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'sqlite' });
    try {
      const key = await store.keys.get(id);
      if (!key) throw new Error('key missing');
      await store.counters.consume({ keyId: id, limits: key.limits, tokens: 120, costUsd: 0.25 });
    } finally {
      await store.close();
    }
    const result = await runCli(['keys', 'usage', id, '--config', ws.config, '--json'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      keyId: id,
      usage: { rpm: 1, dailyBudgetUsd: 0.25 },
      limits: { rpm: 60, dailyBudgetUsd: 2.5 },
    });
  }, 60_000);

  it('list shows keys without secrets, as a table and as JSON', async () => {
    await runCli(['keys', 'create', '--config', ws.config, '--admin', '--name', 'ops'], ws.dir);
    const text = await runCli(['keys', 'list', '--config', ws.config], ws.dir);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(id);
    expect(text.stdout).toMatch(/ops .*\(admin\)/);
    expect(text.stdout).not.toContain(secret);
    const json = await runCli(['keys', 'list', '--config', ws.config, '--json'], ws.dir);
    const keys = JSON.parse(json.stdout) as { id: string; admin: boolean }[];
    expect(keys.map((k) => k.admin).sort()).toEqual([false, true]);
    expect(json.stdout).not.toContain(secret);
    expect(json.stdout).not.toMatch(/"hash"/);
  });

  it('rotate prints a new working key once and kills the old one; revoke kills the key', async () => {
    const rotated = await runCli(['keys', 'rotate', id, '--config', ws.config], ws.dir);
    expect(rotated.code, rotated.stderr).toBe(0);
    const fresh = rotated.stdout.trim();
    expect(fresh).toMatch(/^bst_/);
    expect(fresh).not.toBe(secret);
    expect(await authenticate(secret)).toEqual({ ok: false, reason: 'unknown' });
    expect(await authenticate(fresh)).toMatchObject({ ok: true, key: { id } });
    const revoked = await runCli(['keys', 'revoke', id, '--config', ws.config], ws.dir);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`revoked ${id}`);
    expect(await authenticate(fresh)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('leaves a hash-chained audit record for every create, rotate and revoke, naming the OS user, never the secret', async () => {
    const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'memory' });
    try {
      const records = [];
      for await (const r of store.audit.export()) records.push(r);
      const events = records.map((r) => r.extra?.keyEvent as { action: string; target: { keyId: string } });
      // create (ci), create (admin ops), rotate, revoke: in order, nothing else.
      expect(events.map((e) => e.action)).toEqual(['create', 'create', 'rotate', 'revoke']);
      const user = userInfo().username;
      expect(records[0]).toMatchObject({
        keyId: null,
        useCase: 'demo',
        requestId: expect.stringMatching(/^cli_/) as unknown,
        extra: {
          route: 'cli keys create',
          keyEvent: {
            action: 'create',
            actor: { type: 'cli', user },
            target: {
              keyId: id,
              name: 'ci',
              useCase: 'demo',
              admin: false,
              limits: { rpm: 60, dailyBudgetUsd: 2.5 },
            },
          },
        },
      });
      expect(events[1]?.target).toMatchObject({ admin: true, useCase: null });
      expect(events[2]?.target.keyId).toBe(id);
      expect(events[3]?.target.keyId).toBe(id);
      expect(JSON.stringify(records)).not.toContain(secret);
      expect(JSON.stringify(records)).not.toContain(sha256Hex(secret));
      expect(await store.audit.verify()).toMatchObject({ ok: true, count: 4 });
    } finally {
      await store.close();
    }
    const verified = await runCli(['audit', 'verify', '--config', ws.config], ws.dir);
    expect(verified.code, verified.stderr).toBe(0);
  });

  it('refuses bad input with a specific message and a non-zero exit, writing nothing to stdout', async () => {
    const result = await runCli(['keys', 'create', '--use-case', 'nope', '--config', ws.config], ws.dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/"nope" is not a use case in .*bastion\.yaml \(known: demo\)/);
    expect(result.stdout).toBe('');
  });

  it('names what is wrong with each bad flag (in-process, same command code)', async () => {
    const cases: [string[], RegExp][] = [
      [['keys', 'create', '--use-case', 'demo', '--rpm', '-5'], /--rpm: expected a positive whole number/],
      [['keys', 'create', '--use-case', 'demo', '--tpm', '1e3'], /--tpm: expected a positive whole number/],
      [
        ['keys', 'create', '--use-case', 'demo', '--daily-budget-usd', 'lots'],
        /--daily-budget-usd: expected a positive number/,
      ],
      [['keys', 'create'], /missing --use-case/],
      [['keys', 'create', '--admin', '--use-case', 'demo'], /either --admin or --use-case/],
      [['keys', 'create', '--admin', '--rpm', '5'], /admin keys call no models/],
      [['keys', 'revoke', 'key_missing'], /no key with id "key_missing"/],
      [['keys', 'rotate', id], /is revoked/],
    ];
    for (const [args, message] of cases) {
      const program = new Command().exitOverride();
      register(program);
      const error = await program.parseAsync(['node', 'bastion', ...args, '--config', ws.config]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, args.join(' ')).toBeInstanceOf(BastionError);
      expect((error as BastionError).message, args.join(' ')).toMatch(message);
    }
  });

  it('names the config file problem when --config points nowhere', async () => {
    const result = await runCli(['keys', 'list', '--config', 'missing.yaml'], ws.dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/missing\.yaml: no such file/);
  });
});
