import { describe, expect, it } from 'vitest';
import type { Finding } from '../guards/types.js';
import type { Chunk } from './chunk.js';
import { judgeFindings } from './ingest-policy.js';

const chunk: Chunk = {
  pid: 'p_0123456789abcdef',
  ordinal: 2,
  heading: 'Keys > Rotate',
  text: 'Run bastion keys rotate KEY_ID.',
  start: 10,
  end: 41,
};
const policy = { pii: 'redact', secrets: 'reject' } as const;
const finding = (f: Partial<Finding>): Finding => ({
  scanner: 'pii',
  kind: 'pii',
  type: 'EMAIL_ADDRESS',
  score: 0.9,
  start: 0,
  end: 1,
  ...f,
});

describe('judgeFindings', () => {
  it('indexes a passage without findings exactly as the general path does (a finding below the threshold)', () => {
    const none = judgeFindings(chunk, [], policy);
    const belowThreshold = judgeFindings(chunk, [finding({ score: 0.1, start: 18, end: 22 })], policy);
    expect(none).toEqual(belowThreshold);
    expect(JSON.stringify(none)).toBe(JSON.stringify(belowThreshold));
    expect(none).toEqual({ chunk: { ...chunk, flags: [] }, reject: null, quarantine: null, tally: [] });
    // A copy: the caller may add flags to it (a released passage) without touching the chunk.
    expect(none.chunk).not.toBe(chunk);
  });

  it('redacts, rejects and quarantines by the policy', () => {
    const offset = chunk.heading.length + 1;
    const redacted = judgeFindings(chunk, [finding({ start: offset + 4, end: offset + 11 })], policy);
    expect(redacted.chunk?.text).toBe('Run [REDACTED:EMAIL_ADDRESS] keys rotate KEY_ID.');
    expect(redacted.tally).toEqual(['pii:redacted']);
    const rejected = judgeFindings(chunk, [finding({ kind: 'secret', type: 'aws' })], policy);
    expect(rejected.reject).toBe('secret (aws) in "Keys > Rotate"');
    const held = judgeFindings(chunk, [finding({ kind: 'prompt_injection', type: 'override' })], policy);
    expect(held.chunk).toBeNull();
    expect(held.quarantine?.reason).toBe('prompt_injection/override');
  });
});
