/**
 * `text.toLowerCase()` remembered for the last text. The n-gram hashing (features.ts scoreBlocks) and the rule layer
 * (rules.ts matchRules) lower-case the same normalised text one after the other; for a text with non-Latin1
 * characters that is a full copy each time. Same result as calling toLowerCase, only computed once per text.
 */
let lastText = '';
let lastLower = '';

export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
