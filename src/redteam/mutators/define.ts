import type { MutableAttack, Mutator, Rng } from '../types.js';

/** Applies `fn` to the last user turn, where the payload is; earlier turns (multi-turn set-ups) stay as they are. */
export function onPayload(fn: (text: string, rng: Rng) => string): Mutator['apply'] {
  return (attack: MutableAttack, rng: Rng): MutableAttack => {
    const turns = [...attack.turns];
    const last = turns.length - 1;
    turns[last] = fn(turns[last] ?? '', rng);
    return { ...attack, turns };
  };
}

export function defineMutator(mutator: Mutator): Mutator {
  return mutator;
}

const PLACEHOLDER = /(\{\{[A-Z]+\}\})/;

/**
 * Transforms the text between `{{MARKER}}`-style placeholders, leaving them intact: the grader must still
 * recognise the marker the attack asks for after the payload is disguised.
 */
export function outsidePlaceholders(text: string, fn: (part: string) => string): string {
  return text
    .split(PLACEHOLDER)
    .map((part) => (/^\{\{[A-Z]+\}\}$/.test(part) ? part : fn(part)))
    .join('');
}
