import { describe, expect, it } from 'vitest';
import { guardsSchema } from '../core/config/guards-schema.js';
import { createGuardEngine } from '../guards/engine.js';
import { createStreamGuard, HOLD_BACK_CHARS } from './guard-stream.js';

const engine = createGuardEngine(guardsSchema.parse({ output: { secrets: { action: 'redact' } } }), {
  app: undefined,
});

function run(text: string, size: number) {
  const guard = createStreamGuard(engine, 'app');
  let out = '';
  for (let i = 0; i < text.length; i += size) out += guard.push(text.slice(i, i + size));
  out += guard.flush();
  return { out, guard };
}

describe('gateway stream guard', () => {
  it('releases a clean stream unchanged over several scan rounds, holding back only the window', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
    const guard = createStreamGuard(engine, 'app');
    const first = guard.push(text.slice(0, HOLD_BACK_CHARS * 3));
    // One round ran: everything but the hold-back window is out.
    expect(first).toBe(text.slice(0, HOLD_BACK_CHARS * 2));
    const { out, guard: g } = run(text, 7);
    expect(out).toBe(text);
    expect(g.findings).toEqual([]);
    expect(g.blocked).toEqual([]);
  });

  it('still redacts a secret split across pushes, with the finding kept for the audit record', () => {
    const text =
      `${'Here is some text before it. '.repeat(8)}key AKIAZ3MSJV4WQEXAMPLQ and more text after it. `.repeat(
        2,
      );
    const { out, guard } = run(text, 5);
    expect(out).not.toContain('AKIAZ3MSJV4WQEXAMPLQ');
    expect(out).toContain('[REDACTED:');
    expect(guard.findings.length).toBeGreaterThan(0);
  });
});
