import { describe, expect, it } from 'vitest';
import { guardsSchema } from '../core/config/guards-schema.js';
import { decide } from '../policy/decide.js';
import { createGuardEngine } from './engine.js';
import { redact } from './redact.js';
import { createStreamGuard } from './stream-guard.js';

const engine = createGuardEngine(guardsSchema.parse({ output: { pii: { action: 'redact' } } }));
const settings = engine.settings('output');
const policy = (text: string) => {
  const d = decide({
    direction: 'output',
    findings: engine.scan(text, { direction: 'output', canaries: ['bstcq7k2m9x4p8r3t6w5'] }).findings,
    settings,
  });
  return { redact: d.redact, ...(d.action === 'block' ? { stop: d.reasons.join('; ') } : {}) };
};

function stream(text: string, size: number, holdBack = 64) {
  const guard = createStreamGuard(policy, { holdBack, scanEvery: 16 });
  let out = '';
  let stop: string | undefined;
  for (let i = 0; i < text.length && !stop; i += size) {
    const s = guard.push(text.slice(i, i + size));
    out += s.text;
    stop = s.stop;
  }
  if (!stop) {
    const s = guard.end();
    out += s.text;
    stop = s.stop;
  }
  return { out, stop };
}

describe('createStreamGuard', () => {
  const answer =
    'Sure. You can reach our support lead at maria.lopez@example.org or on +44 20 7946 0958 during office hours.';

  it('redacts values split across chunks exactly as the non-streamed text, for every chunk size', () => {
    const expected = redact(answer, policy(answer).redact);
    expect(expected).toContain('[REDACTED:EMAIL_ADDRESS]');
    for (const size of [1, 2, 3, 5, 8, 13, 40])
      expect(stream(answer, size).out, `size ${size}`).toBe(expected);
  });

  it('never releases the first characters of a value before it is complete', () => {
    const guard = createStreamGuard(policy, { holdBack: 32, scanEvery: 1 });
    let sent = '';
    for (const ch of answer) sent += guard.push(ch).text;
    expect(sent).not.toContain('maria');
  });

  it('never releases text past the last inspection, even when inspections are sparser than the hold-back', () => {
    let inspected = 0;
    const guard = createStreamGuard(
      (text) => {
        inspected = text.length;
        return { redact: [] };
      },
      { holdBack: 16, scanEvery: 64 },
    );
    let sent = '';
    const text = 'x'.repeat(60) + ' mail maria.lopez@example.org today ' + 'y'.repeat(100);
    for (const ch of text) {
      sent += guard.push(ch).text;
      expect(sent.length).toBeLessThanOrEqual(Math.max(0, inspected - 16));
    }
    sent += guard.end().text;
    expect(sent).toBe(text);
    const redacted = createStreamGuard(policy, { holdBack: 16, scanEvery: 64 });
    let out = '';
    for (const ch of text) out += redacted.push(ch).text;
    out += redacted.end().text;
    expect(out).toContain('[REDACTED:EMAIL_ADDRESS]');
    expect(out).not.toContain('maria');
  });

  it('stops the stream on a blocking finding (a canary leak) and sends nothing after it', () => {
    const leak = `Of course! My hidden reference is ${'bstcq7k2m9x4p8r3t6w5'.split('').join(' ')} and more text follows here.`;
    const r = stream(leak, 4, 64);
    expect(r.stop).toContain('canary');
    expect(r.out).not.toContain('b s t c');
  });

  it('passes clean text through unchanged', () => {
    const clean = 'The capital of France is Paris. It has been the capital since the 10th century.';
    expect(stream(clean, 7).out).toBe(clean);
  });
});
