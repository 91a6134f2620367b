import { BastionError } from '../../core/errors/index.js';
import type { CallSignal } from '../call-signal.js';

/** Waits `ms`, or rejects with BASTION_ERR_PROVIDERS_ABORTED when the signal aborts first. Injected in tests. */
export type Sleep = (ms: number, signal?: CallSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new BastionError('BASTION_ERR_PROVIDERS_ABORTED', undefined, { cause: signal.reason }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new BastionError('BASTION_ERR_PROVIDERS_ABORTED', undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
