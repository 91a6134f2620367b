/**
 * The cancellation handle of one gateway request: the subset of `AbortSignal` the providers use (every
 * `AbortSignal` is one, so callers outside the gateway keep passing theirs).
 */
export interface CallSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A per-request `CallSignal` that costs what a plain object costs. Node's `AbortController` builds an
 * `EventTarget` (~10 µs per controller on Node 20, measured) and undici's listener on it another few µs; the
 * gateway made one for every request although almost none is ever aborted. undici accepts any signal with
 * `addEventListener`/`removeEventListener` (checked at run time in its request handler), so this one goes to it
 * unchanged. Listeners run once, in the order added, when `abort` is first called; later calls do nothing.
 *
 * @example
 * const signal = new RequestSignal();
 * signal.addEventListener('abort', () => upstream.destroy());
 * signal.abort(); // client went away
 */
export class RequestSignal implements CallSignal {
  aborted = false;
  reason: unknown = undefined;
  private listeners: (() => void)[] | undefined = undefined;

  addEventListener(_type: 'abort', listener: () => void): void {
    // After the abort a listener would never run: like an EventTarget, it is then simply not called.
    if (this.aborted) return;
    (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const list = this.listeners;
    if (!list) return;
    const i = list.indexOf(listener);
    if (i >= 0) list.splice(i, 1);
  }

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    // The same reason an AbortController gives, so code that looks at `reason.name` sees no difference.
    this.reason = reason ?? new DOMException('This operation was aborted', 'AbortError');
    const list = this.listeners;
    this.listeners = undefined;
    if (list) for (const listener of list) listener();
  }
}
