import { defineMutator, onPayload, outsidePlaceholders } from './define.js';

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];

export default defineMutator({
  id: 'zero-width',
  description: 'Interleaves zero-width characters inside words so keyword matching fails.',
  apply: onPayload((text, rng) =>
    outsidePlaceholders(text, (part) =>
      [...part].map((c) => (/\w/.test(c) && rng.next() < 0.5 ? c + rng.pick(ZW) : c)).join(''),
    ),
  ),
});
