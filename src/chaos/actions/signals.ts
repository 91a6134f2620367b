import { z } from 'zod';

/** Signals chaos actions may send (a closed list: no typo turns into an unexpected signal). */
export const SIGNALS = [
  'SIGKILL',
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGSTOP',
  'SIGCONT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGQUIT',
] as const;
export const signalSchema = z.enum(SIGNALS);

/** Picks `n` distinct items at random (Fisher-Yates on a copy). */
export function pickRandom<T>(items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}
