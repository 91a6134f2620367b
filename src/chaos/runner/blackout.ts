import { z } from 'zod';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const hhmmRange = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM-HH:MM (UTC)');

/** A period in which experiments refuse to start: a fixed interval (a launch day) or recurring UTC hours. */
export const blackoutSchema = z.union([
  z
    .object({
      from: z.iso.datetime({ offset: true }),
      to: z.iso.datetime({ offset: true }),
      reason: z.string().optional(),
    })
    .strict(),
  z
    .object({
      weekdays: z.array(z.enum(WEEKDAYS)).min(1).optional(),
      between: hhmmRange,
      reason: z.string().optional(),
    })
    .strict(),
]);

export type Blackout = z.output<typeof blackoutSchema>;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The blackout covering `now`, if any. Recurring windows may cross midnight. */
export function activeBlackout(blackouts: readonly Blackout[], now: Date): Blackout | undefined {
  return blackouts.find((b) => {
    if ('from' in b) return now >= new Date(b.from) && now < new Date(b.to);
    const [from, to] = b.between.split('-');
    const start = minutesOf(from ?? '00:00');
    const end = minutesOf(to ?? '00:00');
    const minutes = now.getUTCHours() * 60 + now.getUTCMinutes();
    const day = WEEKDAYS[now.getUTCDay()];
    const inHours = start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
    return inHours && (b.weekdays === undefined || (day !== undefined && b.weekdays.includes(day)));
  });
}

export function describeBlackout(b: Blackout): string {
  const when =
    'from' in b ? `${b.from} → ${b.to}` : `${b.weekdays ? b.weekdays.join(',') + ' ' : ''}${b.between} UTC`;
  return b.reason ? `${when} (${b.reason})` : when;
}
