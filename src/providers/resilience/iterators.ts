/**
 * Hand-written async iterators for the stream path. Each async-generator layer costs about a microsecond per
 * chunk (a promise and a resumption); retry, breaker and fallback would stack four of them on every chunk of
 * every stream. These pass `next()` straight through to the inner iterator instead.
 */

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

export interface StreamHooks {
  /** The inner stream ended normally. */
  done?(): void;
  /** The inner stream threw. */
  error?(error: unknown): void;
  /** The consumer stopped early (`return()`), after `delivered` items. */
  returned?(delivered: boolean): void;
}

/**
 * Yields `first` (when given), then the rest of `it`; calls `hooks` once at the end. Without hooks, later
 * `next()` calls return the inner iterator's own promises, adding no allocation.
 */
export function passThrough<T>(
  it: AsyncIterator<T>,
  first?: { value: T },
  hooks?: StreamHooks,
): AsyncIterableIterator<T> {
  let pending = first;
  let delivered = first !== undefined;
  let finished = false;
  const onResult = (r: IteratorResult<T>): IteratorResult<T> => {
    if (r.done) {
      finished = true;
      hooks?.done?.();
    } else delivered = true;
    return r;
  };
  const onError = (error: unknown): never => {
    finished = true;
    hooks?.error?.(error);
    throw error;
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (pending !== undefined) {
        const value = pending.value;
        pending = undefined;
        return Promise.resolve({ done: false, value });
      }
      if (finished) return Promise.resolve(DONE);
      return hooks ? it.next().then(onResult, onError) : it.next();
    },
    async return() {
      if (!finished) {
        finished = true;
        hooks?.returned?.(delivered);
        await it.return?.();
      }
      return DONE;
    },
  };
}

/** An iterable whose source is opened on the first `next()` (so wrappers stay lazy, as ModelAdapter requires). */
export function deferred<T>(open: () => Promise<AsyncIterator<T>>): AsyncIterableIterator<T> {
  let inner: AsyncIterator<T> | undefined;
  let closed = false;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (inner) return inner.next();
      if (closed) return Promise.resolve(DONE);
      return open().then((opened) => {
        inner = opened;
        return opened.next();
      });
    },
    async return() {
      closed = true;
      if (inner) await inner.return?.();
      return DONE;
    },
  };
}

/** An iterator that is already over. */
export function emptyIterator<T>(): AsyncIterableIterator<T> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => Promise.resolve(DONE),
    return: () => Promise.resolve(DONE),
  };
}

/** An async iterator over values already in hand. */
export function fromArray<T>(values: readonly T[]): AsyncIterableIterator<T> {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () =>
      Promise.resolve(
        i < values.length ? { done: false, value: values[i++] as T } : (DONE as IteratorResult<T>),
      ),
    return: () => {
      i = values.length;
      return Promise.resolve(DONE);
    },
  };
}
