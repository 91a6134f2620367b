import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkExperiment, parseExperiment } from './load-experiment.js';

const withMethod = (method: string) =>
  `title: t\nhypothesis:\n  title: h\n  probes:\n    - probe: http\n      url: http://127.0.0.1:1/\n      tolerance: { status: 200 }\nmethod:\n${method}`;
const problems = (text: string, env: Record<string, string> = {}): string[] => {
  try {
    parseExperiment(text, 'x.yaml', env);
    return [];
  } catch (error) {
    return (error as Error).message.split('\n');
  }
};

describe('parseExperiment', () => {
  it('checks a toxic type and its attributes when the file loads, not when the proxy refuses it mid-run', () => {
    expect(
      problems(withMethod('  - action: toxic-add\n    proxy: api\n    toxic: { name: s, type: latencyy }\n')),
    ).toEqual([
      expect.stringMatching(
        /^x\.yaml:11 method\[0\]\.toxic\.type: unknown toxic type "latencyy" \(known: latency, /,
      ),
    ]);
    expect(
      problems(
        withMethod(
          '  - action: toxic-add\n    proxy: api\n    toxic: { type: latency, attributes: { latency: "300", jiter: 5 } }\n',
        ),
      ),
    ).toEqual([
      'x.yaml:11 method[0].toxic.attributes.latency: Invalid input: expected number, received string',
      'x.yaml:11 method[0].toxic.attributes: Unrecognized key: "jiter"',
    ]);
    expect(
      problems(
        withMethod(
          '  - action: toxic-add\n    proxy: api\n    toxic: { type: http_status, attributes: { status: 429, retry_after: 1 } }\n',
        ),
      ),
    ).toEqual([]);
  });

  it('reports an unset variable once, without the schema errors it causes in the same field', () => {
    const text = withMethod(
      '  - action: http\n    url: ${TARGET}\n  - action: replica-start\n    replica: r\n    command: [node, "${SCRIPT}"]\n',
    );
    expect(problems(text)).toEqual([
      'x.yaml:10 method[0].url: environment variable TARGET is not set (write ${TARGET:-default})',
      'x.yaml:13 method[1].command[1]: environment variable SCRIPT is not set (write ${SCRIPT:-default})',
    ]);
    expect(problems(text, { TARGET: 'http://127.0.0.1:2/', SCRIPT: 's.js' })).toEqual([]);
  });

  it('checkExperiment accepts a file whose only problems are unset variables and lists them with their places', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bastion-check-')), 'e.yaml');
    writeFileSync(
      file,
      withMethod(
        '  - action: http\n    url: ${TARGET}\n  - action: toxic-add\n    api: ${PROXY_API}/x\n    proxy: p\n    toxic: { type: latency }\n',
      ),
    );
    const checked = checkExperiment(file, {});
    expect(checked.summary).toEqual({ title: 't', methodSteps: 2, rollbacks: 0 });
    expect(checked.unset).toEqual([
      { variable: 'PROXY_API', where: `${file}:12 method[1].api` },
      { variable: 'TARGET', where: `${file}:10 method[0].url` },
    ]);
    expect(
      checkExperiment(file, { TARGET: 'http://127.0.0.1:1/', PROXY_API: 'http://127.0.0.1:2' }).unset,
    ).toEqual([]);
    // A structure error next to an unset variable is still an error, with its line.
    writeFileSync(file, withMethod('  - action: http\n    url: ${TARGET}\n    methd: GET\n'));
    expect(() => checkExperiment(file, {})).toThrow(`${file}:9 method[0]: Unrecognized key: "methd"`);
  });
});
