/** Escapes a literal for use inside a RegExp source. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex for many literal terms, factored as a trie: `ign(?:ore|orieren)` instead of `ignore|ignorieren|…`.
 * V8 then rejects most positions on the first character instead of trying every alternative, several times
 * faster on long texts. Children come before "the term ends here", so the longest term at a position wins,
 * exactly like an alternation sorted longest first.
 */
export function trieRegexSource(terms: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const term of terms) {
    let node = root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}
