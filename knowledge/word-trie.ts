/**
 * A regular expression source that matches any of a list of literal words (or phrases) where a
 * word begins, written as a prefix tree: «formation», «forme», «format» become
 * `form(?:at(?:ion)?|e)`-like branches, so the engine picks a branch per letter instead of trying
 * every word at every position. A word that another begins with makes the longer ones redundant:
 * the pattern asks whether one of the words starts there, not which.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: boolean;
}

const emit = (node: TrieNode): string => {
  if (node.end) return '';
  const branches = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
};

/** `\b` then the tree of `words` (lower-case literals; a space stands for one space). */
export function wordStartsSource(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    if (word.length === 0) throw new Error('wordStartsSource: empty word');
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return `\\b${emit(root)}`;
}
