import { disjointSpans, labelOf, type TypedSpan } from './spans.js';

/**
 * Reversible tokenisation for one request: each distinct sensitive value becomes a placeholder such as
 * `<PERSON_1>` or `<EMAIL_ADDRESS_2>` before the prompt leaves for the model, and the model's answer gets the
 * originals back. The same value always maps to the same placeholder, so the model can still refer to it.
 * Values live only in this object's memory; never log or persist it.
 *
 * @example
 * const vault = createVault();
 * const safe = vault.tokenize(prompt, findings);          // "Email <EMAIL_ADDRESS_1> about …"
 * const detok = vault.createDetokenizer();
 * for await (const delta of stream) send(detok.push(delta));
 * send(detok.flush());
 */
export interface Vault {
  /** Replaces the spans of `findings` in `text` with placeholders (overlaps resolved, earlier-longer wins). */
  tokenize(text: string, findings: readonly TypedSpan[]): string;
  /** Restores every known placeholder in a complete text. */
  detokenize(text: string): string;
  /** A de-tokeniser for a stream of deltas that holds back a partial placeholder until it is complete. */
  createDetokenizer(): StreamDetokenizer;
  /** Number of distinct values held. */
  readonly size: number;
  /** Placeholder → entity label (never the value), e.g. for audit records. */
  placeholders(): { placeholder: string; label: string }[];
}

export interface StreamDetokenizer {
  /** Feeds one delta; returns what can be sent now. */
  push(delta: string): string;
  /** Ends the stream; returns everything still held. */
  flush(): string;
}

// Placeholders are upper snake case + counter in angle brackets; anything else passes through untouched.
const PLACEHOLDER = /<[A-Z][A-Z0-9_]*_\d+>/g;
const MAX_PLACEHOLDER = 64;

export function createVault(): Vault {
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, string>();
  const counters = new Map<string, number>();

  const placeholderFor = (value: string, label: string): string => {
    const key = `${label}\u0000${value}`;
    let p = byValue.get(key);
    if (!p) {
      const n = (counters.get(label) ?? 0) + 1;
      counters.set(label, n);
      p = `<${label}_${n}>`;
      byValue.set(key, p);
      byPlaceholder.set(p, value);
    }
    return p;
  };

  const restore = (text: string) => text.replace(PLACEHOLDER, (p) => byPlaceholder.get(p) ?? p);

  return {
    tokenize(text, findings) {
      let out = '';
      let at = 0;
      for (const span of disjointSpans(findings)) {
        if (span.end > text.length) break;
        out += text.slice(at, span.start) + placeholderFor(text.slice(span.start, span.end), labelOf(span));
        at = span.end;
      }
      return out + text.slice(at);
    },
    detokenize: restore,
    createDetokenizer() {
      let held = '';
      return {
        push(delta) {
          held += delta;
          // Hold back from the last '<' that could still grow into a placeholder; everything before it is final.
          const lt = held.lastIndexOf('<');
          let cut = held.length;
          if (lt !== -1 && held.length - lt < MAX_PLACEHOLDER && /^<[A-Z0-9_]*$/.test(held.slice(lt)))
            cut = lt;
          const ready = held.slice(0, cut);
          held = held.slice(cut);
          return restore(ready);
        },
        flush() {
          const rest = restore(held);
          held = '';
          return rest;
        },
      };
    },
    get size() {
      return byPlaceholder.size;
    },
    placeholders() {
      return [...byPlaceholder.keys()].map((placeholder) => ({
        placeholder,
        label: placeholder.slice(1, placeholder.lastIndexOf('_')),
      }));
    },
  };
}
