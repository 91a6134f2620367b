import { defineMutator, onPayload, outsidePlaceholders } from './define.js';

// Cyrillic and Greek letters that render like Latin ones: defeats naive keyword filters.
const GLYPHS: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  O: 'Ο',
  T: 'Τ',
};

export default defineMutator({
  id: 'homoglyphs',
  description: 'Swaps Latin letters for Cyrillic/Greek look-alikes.',
  apply: onPayload((text, rng) =>
    outsidePlaceholders(text, (part) =>
      [...part].map((c) => (GLYPHS[c] && rng.next() < 0.6 ? GLYPHS[c] : c)).join(''),
    ),
  ),
});
