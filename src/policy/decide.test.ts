import { describe, expect, it } from 'vitest';
import { decide, type PolicyFinding, type ScannerPolicy } from './decide.js';

const f = (scanner: string, kind: string, score = 0.9, type?: string): PolicyFinding => ({
  scanner,
  kind,
  score,
  start: 0,
  end: 4,
  ...(type ? { type } : {}),
});
const settings = new Map<string, ScannerPolicy>([
  ['pii', { threshold: 0.5, action: 'flag', failOpen: false }],
  ['secrets', { threshold: 0.5, action: 'flag', failOpen: false }],
  ['prompt_injection', { threshold: 0.5, action: 'block', failOpen: false }],
  ['exfiltration', { threshold: 0.5, action: 'redact', failOpen: false }],
  ['refusal', { threshold: 0.5, action: 'allow', failOpen: false }],
  ['flaky', { threshold: 0.5, action: 'block', failOpen: true }],
]);
const saas = { name: 'gpt-4o-mini', dataClasses: ['public', 'internal'] as const };
const selfHosted = {
  name: 'llama-local',
  dataClasses: ['public', 'internal', 'confidential', 'pii'] as const,
};
const models = {
  'gpt-4o-mini': { dataClasses: [...saas.dataClasses] },
  'llama-local': { dataClasses: [...selfHosted.dataClasses] },
};

describe('decide', () => {
  it('allows a text without findings, and ignores findings below the threshold', () => {
    expect(decide({ direction: 'input', findings: [], settings }).action).toBe('allow');
    expect(
      decide({ direction: 'input', findings: [f('prompt_injection', 'prompt_injection', 0.4)], settings })
        .action,
    ).toBe('allow');
  });

  it('blocks on a blocking scanner and says why', () => {
    const d = decide({
      direction: 'input',
      findings: [f('prompt_injection', 'prompt_injection', 0.97)],
      settings,
    });
    expect(d.action).toBe('block');
    expect(d.reasons[0]).toContain('prompt_injection');
  });

  it('fails closed on scanner_failed whatever its score, unless that scanner is fail-open', () => {
    expect(decide({ direction: 'input', findings: [f('pii', 'scanner_failed', 0)], settings }).action).toBe(
      'block',
    );
    const open = decide({ direction: 'input', findings: [f('flaky', 'scanner_failed', 1)], settings });
    expect(open.action).toBe('flag');
    expect(open.reasons[0]).toContain('fail-open');
    expect(decide({ direction: 'input', findings: [f('unknown', 'custom', 0.9)], settings }).action).toBe(
      'block',
    );
  });

  it('lets PII through to a model allowed to receive it (flag only)', () => {
    const d = decide({
      direction: 'input',
      findings: [f('pii', 'pii', 0.95, 'EMAIL_ADDRESS')],
      settings,
      model: { ...selfHosted, dataClasses: [...selfHosted.dataClasses] },
    });
    expect(d).toMatchObject({ action: 'flag', dataClasses: ['pii'] });
  });

  it('applies onDisallowedData when the model may not receive the class: tokenize, block', () => {
    const findings = [f('pii', 'pii', 0.95, 'EMAIL_ADDRESS'), f('pii', 'pii', 0.9, 'PERSON')];
    const tok = decide({
      direction: 'input',
      findings,
      settings,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
      useCase: { id: 'demo', onDisallowedData: 'tokenize' },
    });
    expect(tok.action).toBe('tokenize');
    expect(tok.tokenize).toHaveLength(2);
    expect(tok.reasons[0]).toMatch(/data class 'pii' may not be sent to gpt-4o-mini/);
    const blk = decide({
      direction: 'input',
      findings,
      settings,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
      useCase: { id: 'demo', onDisallowedData: 'block' },
    });
    expect(blk.action).toBe('block');
  });

  it('maps secrets to confidential', () => {
    const d = decide({
      direction: 'input',
      findings: [f('secrets', 'secret', 0.99, 'github-pat')],
      settings,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
    });
    expect(d).toMatchObject({ action: 'block', dataClasses: ['confidential'] });
  });

  it('reroutes to the first use-case model allowed to receive every class found, else blocks', () => {
    const findings = [f('pii', 'pii', 0.95, 'EMAIL_ADDRESS'), f('secrets', 'secret', 0.95, 'jwt')];
    const useCase = {
      id: 'demo',
      onDisallowedData: 'reroute' as const,
      models: ['gpt-4o-mini', 'llama-local'],
    };
    const d = decide({
      direction: 'input',
      findings,
      settings,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
      useCase,
      models,
    });
    expect(d).toMatchObject({ action: 'reroute', rerouteTo: 'llama-local' });
    const none = decide({
      direction: 'input',
      findings,
      settings,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
      useCase: { ...useCase, models: ['gpt-4o-mini'] },
      models,
    });
    expect(none.action).toBe('block');
    expect(none.reasons.join(' ')).toContain('no model of the use case may receive it');
  });

  it('finds a target for a scanner whose own action is reroute, or blocks without one', () => {
    const rerouting = new Map(settings).set('prompt_injection', {
      threshold: 0.5,
      action: 'reroute',
      failOpen: false,
    });
    const useCase = {
      id: 'demo',
      onDisallowedData: 'block' as const,
      models: ['gpt-4o-mini', 'llama-local'],
    };
    const input = {
      direction: 'input' as const,
      findings: [f('prompt_injection', 'prompt_injection', 0.9)],
      settings: rerouting,
      model: { ...saas, dataClasses: [...saas.dataClasses] },
      models,
    };
    expect(decide({ ...input, useCase })).toMatchObject({ action: 'reroute', rerouteTo: 'llama-local' });
    const none = decide({ ...input, useCase: { ...useCase, models: ['gpt-4o-mini'] } });
    expect(none.action).toBe('block');
    expect(none.reasons[0]).toContain('no other model');
  });

  it('respects a use case that restricts classes below what the model allows', () => {
    const d = decide({
      direction: 'input',
      findings: [f('pii', 'pii', 0.95, 'PHONE_NUMBER')],
      settings,
      model: { ...selfHosted, dataClasses: [...selfHosted.dataClasses] },
      useCase: { id: 'public-bot', onDisallowedData: 'block', dataClasses: ['public'] },
    });
    expect(d.action).toBe('block');
  });

  it('takes the most severe action and lists redactions; output skips the data-class rule', () => {
    const d = decide({
      direction: 'output',
      findings: [
        f('exfiltration', 'exfiltration', 0.98, 'markdown_image'),
        f('refusal', 'refusal'),
        f('pii', 'pii', 0.9, 'EMAIL_ADDRESS'),
      ],
      settings,
    });
    expect(d.action).toBe('redact');
    expect(d.redact.map((x) => x.scanner)).toEqual(['exfiltration']);
    expect(d.reasons.some((r) => r.includes('refusal'))).toBe(false);
  });
});
