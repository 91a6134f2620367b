/** One PII value found by a recognizer; spans are UTF-16 offsets in the text it was given. */
export interface PiiMatch {
  /** Presidio entity name (EMAIL_ADDRESS, CREDIT_CARD, …). */
  type: string;
  start: number;
  end: number;
  score: number;
  /** Why, without the value (e.g. "Luhn-valid visa number"). */
  detail: string;
}

export type Recognizer = (text: string) => PiiMatch[];

/** True when one of `words` occurs within `window` characters before `start` (case-insensitive). */
export function contextBefore(text: string, start: number, words: RegExp, window = 40): boolean {
  return words.test(text.slice(Math.max(0, start - window), start));
}
