import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
import scanner from './refusal.js';

const refused = (text: string) => runScanner(scanner, text, { direction: 'output' }).length > 0;

describe('refusal scanner', () => {
  it.each([
    "I'm sorry, but I can't help with that request.",
    'I cannot assist with creating malware.',
    'As an AI language model, I cannot provide medical diagnoses.',
    'Lo siento, pero no puedo ayudar con eso.',
    'Tut mir leid, aber ich kann das nicht tun.',
    '抱歉，我不能帮助你。',
  ])('detects %s', (text) => expect(refused(text)).toBe(true));

  it.each([
    'Sure! Here is the summary you asked for.',
    'I can help with that: first, open the settings.',
    "The function can't be called twice; use a guard.",
  ])('does not flag %s', (text) => expect(refused(text)).toBe(false));
});
