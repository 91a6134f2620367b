import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardsSchema } from '../core/config/guards-schema.js';
import { BastionError } from '../core/errors/index.js';
import { createLogger } from '../core/log.js';
import { createGuardEngine } from './engine.js';
import { SCANNERS } from './registry.js';
import { defineScanner } from './types.js';

const config = (raw: unknown = {}) => guardsSchema.parse(raw);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BastionError ? error.code : 'not-a-bastion-error';
  }
  return undefined;
}

const boom = defineScanner({
  id: 'boom',
  directions: ['input'],
  kinds: ['custom'],
  description: 'throws on every text',
  options: z.object({}).strict(),
  create: () => () => {
    throw new Error('secret-bearing message AKIA...');
  },
});

let created = 0;
const counting = defineScanner({
  id: 'counting',
  directions: ['input'],
  kinds: ['custom'],
  description: 'counts create() calls',
  options: z.object({ word: z.string().default('x') }).strict(),
  create: (opts) => {
    created++;
    return (t) =>
      t.text.includes(opts.word) ? [{ scanner: 'counting', kind: 'custom', score: 1, start: 0, end: 1 }] : [];
  },
});

describe('createGuardEngine', () => {
  it('is on by default: the default config runs the built-in input scanners', () => {
    const engine = createGuardEngine(config());
    const ids = [...engine.settings('input').keys()];
    expect(ids).toEqual(expect.arrayContaining(['invisible_text', 'limits']));
    const { findings } = engine.scan('hi\u{E0049}\u{E0047}\u{E004E}', { direction: 'input' });
    expect(findings.map((f) => f.kind)).toContain('invisible_text');
  });

  it('rejects an unknown scanner id, naming where it was configured', () => {
    expect(codeOf(() => createGuardEngine(config({ input: { pii_typo: { action: 'block' } } })))).toBe(
      'BASTION_ERR_GUARDS_UNKNOWN_SCANNER',
    );
    expect(codeOf(() => createGuardEngine(config(), { support: { output: { nope: {} } } }))).toBe(
      'BASTION_ERR_GUARDS_UNKNOWN_SCANNER',
    );
  });

  it('rejects bad options and a direction the scanner does not support', () => {
    expect(
      codeOf(() => createGuardEngine(config({ input: { limits: { options: { maxChars: -1 } } } }))),
    ).toBe('BASTION_ERR_GUARDS_OPTIONS_INVALID');
    expect(
      codeOf(() =>
        createGuardEngine(
          config({ input: { custom: { options: { patterns: [{ id: 'x', regex: '(' }] } } } }),
        ),
      ),
    ).toBe('BASTION_ERR_GUARDS_OPTIONS_INVALID');
    expect(
      codeOf(() =>
        createGuardEngine(config({ output: { boom: {} } }), {}, { registry: { ...SCANNERS, boom } }),
      ),
    ).toBe('BASTION_ERR_GUARDS_DIRECTION');
  });

  it('turns a throwing scanner into a fail-closed scanner_failed finding, logged without the message', () => {
    const lines: string[] = [];
    const engine = createGuardEngine(
      config({ input: { boom: { enabled: true } } }),
      {},
      {
        registry: { ...SCANNERS, boom },
        logger: createLogger({ level: 'warn', write: (l) => lines.push(l) }),
      },
    );
    const { findings } = engine.scan('hello', { direction: 'input' });
    const failed = findings.find((f) => f.kind === 'scanner_failed');
    expect(failed).toMatchObject({ scanner: 'boom', score: 1, start: 0, end: 5 });
    expect(engine.settings('input').get('boom')?.failOpen).toBe(false);
    expect(lines.join('\n')).toContain('boom');
    expect(lines.join('\n')).not.toContain('AKIA');
  });

  it('turns an overrun of the time budget into scanner_failed (with an injected clock)', () => {
    let t = 0;
    const slow = defineScanner({
      id: 'slow',
      directions: ['input'],
      kinds: ['custom'],
      description: 'takes 80 ms of fake time',
      options: z.object({}).strict(),
      create: () => () => {
        t += 80;
        return [];
      },
    });
    const engine = createGuardEngine(
      config({ timeBudget: '50ms', input: { slow: { enabled: true } } }),
      {},
      { registry: { ...SCANNERS, slow }, now: () => t },
    );
    expect(
      engine
        .scan('x', { direction: 'input' })
        .findings.filter((f) => f.scanner === 'slow')
        .map((f) => f.kind),
    ).toEqual(['scanner_failed']);
    const relaxed = createGuardEngine(
      config({ input: { slow: { enabled: true, timeBudget: '100ms' } } }),
      {},
      { registry: { ...SCANNERS, slow }, now: () => t },
    );
    expect(relaxed.scan('x', { direction: 'input' }).findings.filter((f) => f.scanner === 'slow')).toEqual(
      [],
    );
  });

  it('merges layers: a use-case override changes only the fields it names', () => {
    const engine = createGuardEngine(config({ input: { limits: { threshold: 0.7, action: 'flag' } } }), {
      strict: { input: { limits: { action: 'block' } } },
      off: { enabled: false },
      same: undefined,
    });
    expect(engine.settings('input').get('limits')).toMatchObject({ threshold: 0.7, action: 'flag' });
    expect(engine.settings('input', 'strict').get('limits')).toMatchObject({
      threshold: 0.7,
      action: 'block',
    });
    expect(engine.settings('input', 'off').size).toBe(0);
    expect(engine.settings('input', 'same').get('limits')?.action).toBe('flag');
    // One map per pipeline and direction, asked for on every text with a finding: built once, not per call.
    expect(engine.settings('input', 'strict')).toBe(engine.settings('input', 'strict'));
    expect(engine.settings('input', 'same')).toBe(engine.settings('input'));
    expect(engine.settings('output', 'strict')).not.toBe(engine.settings('input', 'strict'));
    expect(codeOf(() => engine.scan('x', { direction: 'input', useCase: 'ghost' }))).toBe(
      'BASTION_ERR_GUARDS_UNKNOWN_USE_CASE',
    );
  });

  it('calls create once per distinct options and shares compiled scanners across use cases', () => {
    created = 0;
    const registry = { ...SCANNERS, counting };
    const engine = createGuardEngine(
      config({ input: { counting: { enabled: true } } }),
      { a: {}, b: {}, c: { input: { counting: { options: { word: 'y' } } } } },
      { registry },
    );
    expect(created).toBe(2);
    for (let i = 0; i < 5; i++) engine.scan('x', { direction: 'input', useCase: 'a' });
    expect(created).toBe(2);
    const mine = (useCase: string) =>
      engine.scan('y', { direction: 'input', useCase }).findings.filter((f) => f.scanner === 'counting');
    expect(mine('c')).toHaveLength(1);
    expect(mine('a')).toHaveLength(0);
  });

  it('switches guards off globally when configured, and reports the elapsed time', () => {
    const engine = createGuardEngine(config({ enabled: false }));
    const result = engine.scan('hi\u{E0049}', { direction: 'input' });
    expect(result.findings).toEqual([]);
    expect(result.elapsedUs).toBeGreaterThanOrEqual(0);
  });
});
