let identity = new Int32Array(0);

/**
 * An array whose element k is k, at least `size` long (shared: never write to it). Offset maps start as the
 * identity and copy stretches of it natively with set(), instead of filling a megabyte map one element at a time.
 */
export function identityTo(size: number): Int32Array {
  if (identity.length < size) {
    const next = new Int32Array(Math.max(size, identity.length * 2, 1024));
    next.set(identity);
    for (let k = identity.length; k < next.length; k++) next[k] = k;
    identity = next;
  }
  return identity;
}
