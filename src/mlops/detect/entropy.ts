/** Shannon entropy in bits per character: random tokens score ~4.5-6, English words ~2.5-3.5. */
export function entropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const CONTEXT =
  /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|auth|credential|private[_-]?key|access[_-]?key|client[_-]?secret|bearer)/i;
const ASSIGN = /(["']?)([A-Za-z0-9_.-]{0,40})\1\s*(?:=|:|=>)\s*["'`]([A-Za-z0-9+/=_\-.~]{16,200})["'`]/g;

/**
 * Entropy + context: a quoted high-entropy value assigned to a name that says it is a credential
 * (`apiKey: "…"`, `SECRET = '…'`). Catches keys of providers no format rule knows, as gitleaks' generic rule does.
 */
export function findHighEntropyAssignments(
  text: string,
): { start: number; end: number; name: string; entropy: number }[] {
  const out: { start: number; end: number; name: string; entropy: number }[] = [];
  ASSIGN.lastIndex = 0;
  for (let m = ASSIGN.exec(text); m !== null; m = ASSIGN.exec(text)) {
    const name = m[2] ?? '';
    const value = m[3] ?? '';
    if (!CONTEXT.test(name)) continue;
    const h = entropy(value);
    if (h < 3.8 || /^(.)\1+$/.test(value) || /^[a-z]+$/i.test(value) || /^\d+$/.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, name, entropy: h });
  }
  return out;
}
