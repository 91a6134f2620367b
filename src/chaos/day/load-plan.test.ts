import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from './load-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-plan-'));
const experiment = (name: string, url: string) => {
  writeFileSync(
    join(dir, name),
    `title: ${name}\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: ${url}\n      headers: { authorization: "Bearer \${KEY}" }\n      tolerance: { status: 200 }\nmethod:\n  - pause: 1ms\n`,
  );
};
const plan = (files: string[]) => {
  const file = join(dir, 'plan.yaml');
  writeFileSync(
    file,
    `title: day\nexperiments:\n${files.map((f) => `  - { file: ${f}, owner: A }`).join('\n')}\n`,
  );
  return file;
};
const messageOf = (fn: () => unknown): string => {
  try {
    fn();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('loadPlan', () => {
  it('names the unset variables once when they are the only problem', () => {
    experiment('a.yaml', '${URL}/healthz');
    experiment('b.yaml', '${URL}/ready');
    const message = messageOf(() => loadPlan(plan(['a.yaml', 'b.yaml']), {}));
    expect(message).toMatch(
      /plan\.yaml: 2 of 2 experiments use environment variables that are not set: URL, KEY \(/,
    );
    expect(message.split('\n')).toHaveLength(1);
    expect(
      loadPlan(plan(['a.yaml', 'b.yaml']), { URL: 'http://127.0.0.1:1', KEY: 'k' }).experiments,
    ).toHaveLength(2);
  });

  it('lists every problem with file:line when some are not about variables', () => {
    experiment('a.yaml', '${URL}/healthz');
    experiment('c.yaml', 'not a url');
    const message = messageOf(() => loadPlan(plan(['a.yaml', 'c.yaml']), {}));
    expect(message).toContain('experiments do not validate');
    expect(message).toMatch(/a\.yaml:6 hypothesis\.probes\[0\]\.url: environment variable URL is not set/);
    expect(message).toMatch(/c\.yaml:6 hypothesis\.probes\[0\]\.url: Invalid URL/);
  });
});
