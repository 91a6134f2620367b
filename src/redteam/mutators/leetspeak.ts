import { defineMutator, onPayload, outsidePlaceholders } from './define.js';

const MAP: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', l: '1', g: '9' };

export default defineMutator({
  id: 'leetspeak',
  description: 'Replaces letters with look-alike digits (1gn0r3 pr3v10u5 1n57ruc710n5).',
  apply: onPayload((text) =>
    outsidePlaceholders(text, (part) => part.replace(/[aeiostlg]/gi, (c) => MAP[c.toLowerCase()] ?? c)),
  ),
});
