/**
 * Synchronous loading of the guards' small WebAssembly modules (each embedded as base64 by `npm run gen:wasm`).
 * Synchronous on purpose: the modules are a few kB, `new WebAssembly.Module` compiles them in well under a
 * millisecond, and no scanner API has to become async. Each worker thread compiles its own copy on first use.
 */

import { BastionError } from '../../core/errors/index.js';

/** The slice of the WebAssembly JS API used here (the project's TypeScript libs have no WebAssembly types). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
const PAGE = 65536;
const compiled = new Map<string, object>();

/**
 * A new instance (with its own memory) of the module in `base64`, compiled once per process or thread.
 * @example
 * const x = instantiateWasm<{ memory: WasmMemory; f(a: number): number }>(F_WASM);
 */
export function instantiateWasm<T>(base64: string): T {
  // `node --jitless` (also --no-expose-wasm, and either through NODE_OPTIONS) leaves no WebAssembly global. Said
  // with a code, once, where the guards first load, instead of "Cannot read properties of undefined" from deep inside
  // a scanner (or, at scan time, every text failing closed without a reason anyone can act on).
  if (api === undefined)
    throw new BastionError(
      'BASTION_ERR_GUARDS_NO_WASM',
      'WebAssembly is not available in this Node.js process (started with --jitless or --no-expose-wasm, perhaps through NODE_OPTIONS): the guards scan with WebAssembly and cannot run without it; start node without that flag',
    );
  let module = compiled.get(base64);
  if (module === undefined) {
    module = new api.Module(Buffer.from(base64, 'base64'));
    compiled.set(base64, module);
  }
  return new api.Instance(module, {}).exports as T;
}

/** Grows `memory` to hold at least `bytes`. True when it grew: views of the old buffer are then detached. */
export function ensureMemory(memory: WasmMemory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (have >= bytes) return false;
  memory.grow(Math.ceil((bytes - have) / PAGE));
  return true;
}
