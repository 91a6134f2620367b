import { describe, expect, it } from 'vitest';
import { guardsSchema } from '../core/config/guards-schema.js';
import { createGuardEngine, type GuardEngine } from '../guards/engine.js';
import type { ScanContext } from '../guards/types.js';
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

  it('runs the scanners that can only allow or flag once over the whole answer, the others on every round', () => {
    const calls: { length: number; scanners: string[] | undefined }[] = [];
    const spy: GuardEngine = {
      ...engine,
      scan(text: string, ctx: ScanContext) {
        calls.push({ length: text.length, scanners: ctx.scanners ? [...ctx.scanners].sort() : undefined });
        return engine.scan(text, ctx);
      },
    };
    const refusal = "I'm sorry, but I can't help with that request. ";
    // Refusals are looked for where models refuse, at the start of the answer (the scanner reads the first 300
    // characters of its text): now of the whole answer, as for a non-streamed one, not of every round's window.
    const text = `${refusal}${'Some ordinary words of an answer. '.repeat(12)}${refusal}${'More words. '.repeat(10)}`;
    const guard = createStreamGuard(spy, 'app');
    let out = '';
    for (let i = 0; i < text.length; i += 6) out += guard.push(text.slice(i, i + 6));
    out += guard.flush();
    expect(out).toBe(text);
    const last = calls.pop();
    expect(last).toEqual({ length: text.length, scanners: ['refusal'] });
    expect(calls.length).toBeGreaterThan(2);
    for (const call of calls) {
      expect(call.scanners).toBeDefined();
      expect(call.scanners).not.toContain('refusal');
      expect(call.scanners).toContain('secrets');
    }
    // Found once over the whole text, as the non-streaming path finds it.
    const whole = engine.scan(text, { direction: 'output', useCase: 'app', source: 'model' });
    const expected = whole.findings.filter((f) => f.scanner === 'refusal');
    expect(expected).toHaveLength(1);
    expect(guard.findings.filter((f) => f.scanner === 'refusal')).toEqual(expected);
  });

  it('scans an answer shorter than one round once, with every scanner (no second call for the end)', () => {
    const calls: (string[] | undefined)[] = [];
    const spy: GuardEngine = {
      ...engine,
      scan(text: string, ctx: ScanContext) {
        calls.push(ctx.scanners ? [...ctx.scanners] : undefined);
        return engine.scan(text, ctx);
      },
    };
    const guard = createStreamGuard(spy, 'app');
    let out = guard.push("I'm sorry, but I can't help ");
    out += guard.push('with that.');
    out += guard.flush();
    expect(out).toBe("I'm sorry, but I can't help with that.");
    expect(calls).toEqual([undefined]);
    expect(guard.findings.map((f) => f.scanner)).toEqual(['refusal']);
  });

  it('keeps a scanner configured to block on every round, so it stops the stream before the text is out', () => {
    const strict = createGuardEngine(guardsSchema.parse({ output: { refusal: { action: 'block' } } }), {
      app: undefined,
    });
    const text = `I'm sorry, but I can't help with that request. ${'More words follow here. '.repeat(12)}`;
    const guard = createStreamGuard(strict, 'app');
    // What the gateway would send: each push's release, as long as nothing blocked (chat.ts throws on a block).
    let sent = '';
    for (let i = 0; i < text.length; i += 6) {
      const released = guard.push(text.slice(i, i + 6));
      if (guard.blocked.length > 0) break;
      sent += released;
    }
    expect(guard.blocked.length).toBeGreaterThan(0);
    expect(sent).toBe('');
  });
});
