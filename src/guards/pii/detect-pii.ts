import { findEmails } from './email.js';
import { keepDisjoint, type WorkProbe } from './keep-disjoint.js';
import { findAddresses, findDates, findOrganizations, findPersons, findPlaces } from './heuristics.js';
import type { PiiMatch, Recognizer } from './match.js';
import { findCards, findIbans, findIps, findNhs, findNinos, findSsns } from './numbers.js';
import { findPhones } from './phone.js';

/** Every PII entity type Bastion recognises, and the recognizer behind it. */
export const PII_RECOGNIZERS = {
  EMAIL_ADDRESS: findEmails,
  PHONE_NUMBER: findPhones,
  CREDIT_CARD: findCards,
  IBAN_CODE: findIbans,
  US_SSN: findSsns,
  UK_NINO: findNinos,
  NHS: findNhs,
  IP_ADDRESS: findIps,
  PERSON: findPersons,
  STREET_ADDRESS: findAddresses,
  DATE_TIME: findDates,
  GPE: findPlaces,
  ORGANIZATION: findOrganizations,
} as const satisfies Record<string, Recognizer>;

export type PiiType = keyof typeof PII_RECOGNIZERS;
export const PII_TYPES = Object.keys(PII_RECOGNIZERS) as PiiType[];

/** Types validated by checksum, structure or a phone-number library (the ≥0.95 F1 targets). */
export const VALIDATED_PII_TYPES: readonly PiiType[] = [
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'UK_NINO',
  'NHS',
  'IP_ADDRESS',
];
/** On by default: validated identifiers plus names and street addresses (dates, places, organisations are opt-in). */
export const DEFAULT_PII_TYPES: readonly PiiType[] = [...VALIDATED_PII_TYPES, 'PERSON', 'STREET_ADDRESS'];

// Tie-break when overlapping spans score the same: the more specific recognizer wins.
const PRIORITY: Readonly<Record<string, number>> = {
  EMAIL_ADDRESS: 10,
  IBAN_CODE: 9,
  CREDIT_CARD: 8,
  US_SSN: 7,
  UK_NINO: 7,
  NHS: 6,
  IP_ADDRESS: 6,
  PHONE_NUMBER: 5,
  STREET_ADDRESS: 4,
  DATE_TIME: 3,
  PERSON: 2,
  ORGANIZATION: 2,
  GPE: 1,
};

/**
 * Runs the recognizers for `types` over `text` and resolves overlaps: matches below `minScore` are dropped first,
 * then among overlapping matches the higher score wins, then the more specific type, then the longer span.
 *
 * @example
 * detectPii('mail me at ana@example.org', { types: ['EMAIL_ADDRESS'] }); // [{ type: 'EMAIL_ADDRESS', start: 11, … }]
 */
export function detectPii(
  text: string,
  options: { types?: readonly PiiType[]; minScore?: number; probe?: WorkProbe } = {},
): PiiMatch[] {
  const types = options.types ?? DEFAULT_PII_TYPES;
  const minScore = options.minScore ?? 0;
  const all: PiiMatch[] = [];
  for (const type of types) for (const m of PII_RECOGNIZERS[type](text)) if (m.score >= minScore) all.push(m);
  if (all.length < 2) return all;
  all.sort(
    (a, b) =>
      b.score - a.score ||
      (PRIORITY[b.type] ?? 0) - (PRIORITY[a.type] ?? 0) ||
      b.end - b.start - (a.end - a.start),
  );
  return keepDisjoint(all, options.probe).sort((a, b) => a.start - b.start);
}
