import { describe, expect, it } from 'vitest';
import { runCli } from '../store/cli.js';
import { tmpdir } from 'node:os';

// Every numeric flag goes through src/cli/shared/number-flag.ts: an empty or malformed value is refused with the
// flag's name and exit 2 before anything runs. Before, `redteam run --retries ""` ran with 0 retries and
// `redteam vulnerable-model --port ""` served on a random port, silently.
describe('numeric flags share one parser', () => {
  const cwd = tmpdir();

  it('redteam run refuses an empty --retries and a fractional --concurrency before attacking', async () => {
    for (const [flag, value, expected] of [
      ['--retries', '', 'a whole number of 0 or more'],
      ['--concurrency', '2.5', 'a whole number of 1 or more'],
      ['--fail-above', '95', 'a rate from 0 to 1 such as 0.05 (or a percentage such as 5%)'],
      ['--seed', '0x10', 'a whole number of 0 or more'],
    ] as const) {
      const res = await runCli(
        ['redteam', 'run', '--target', 'http://127.0.0.1:9/v1', '--sample', '1000', flag, value],
        cwd,
      );
      expect(res.code, res.stderr).toBe(2);
      expect(res.stderr).toContain(`error: option '${flag} <`);
      expect(res.stderr).toContain(`argument '${value}' is invalid. expected ${expected}`);
      expect(res.stderr).not.toContain('probes against');
    }
  });

  it('redteam vulnerable-model refuses an empty --port instead of serving on a random one', async () => {
    const res = await runCli(['redteam', 'vulnerable-model', '--port', ''], cwd);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("error: option '--port <n>' argument '' is invalid. expected 0-65535");
  });

  it('keys create refuses a zero budget and a non-numeric rate limit with the same message shape', async () => {
    const zero = await runCli(['keys', 'create', '--use-case', 'docs', '--daily-budget-usd', '0'], cwd);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--daily-budget-usd: expected a positive number, got "0"');
    const words = await runCli(['keys', 'create', '--use-case', 'docs', '--rpm', 'ten'], cwd);
    expect(words.code).toBe(2);
    expect(words.stderr).toContain('--rpm: expected a positive whole number, got "ten"');
  });

  it('chaos proxy refuses a port out of range', async () => {
    const res = await runCli(['chaos', 'proxy', '--port', '70000'], cwd);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--port: expected 0-65535, got "70000"');
  });
});
