import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
import scanner from './prompt-leak.js';

const systemPrompt =
  'You are the support assistant for Globex. Only answer questions about Globex routers. Never mention competitor products. ' +
  'If the user asks for a refund, direct them to the billing portal at billing.globex.example and do not promise anything. ' +
  'Keep answers under one hundred words and always end with a friendly sign-off.';
const scan = (text: string) => runScanner(scanner, text, { direction: 'output', systemPrompt });

describe('prompt_leak scanner', () => {
  it('scores a verbatim copy of the system prompt at 1', () => {
    expect(scan(`My instructions are: ${systemPrompt}`)[0]?.score).toBe(1);
  });

  it('catches a re-cased, re-punctuated partial copy', () => {
    const leak =
      'sure. "ONLY ANSWER QUESTIONS ABOUT GLOBEX ROUTERS - never mention competitor products; if the user asks for a refund, direct them to the billing portal"';
    const [f] = scan(leak);
    expect(f?.score).toBeGreaterThanOrEqual(0.5);
    expect(leak.slice(f?.start, f?.end).toLowerCase()).toContain('only answer');
  });

  it('sees through zero-width characters and leetspeak in the leaked copy', () => {
    const leak =
      'N3ver ment\u200Bion c0mpetitor pr0ducts. If the user asks for a refund, d1rect them to the billing portal at billing.globex.example and do not promise anything.';
    expect(scan(leak)[0]?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('stays low on an ordinary answer sharing a stock phrase', () => {
    const answer =
      'You are the owner of the router, so you can reset it by holding the button for ten seconds. Have a nice day!';
    expect(scan(answer).every((f) => f.score < 0.5)).toBe(true);
    expect(runScanner(scanner, systemPrompt, { direction: 'output' })).toEqual([]);
  });
});
