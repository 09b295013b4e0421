package org.charcha.kb;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.charcha.text.WordBoundary;

/**
 * The alias automaton's double-array trie, asked only for whole-word matches: it walks the trie
 * from each position where a word may begin and reports every key that ends where a word ends.
 *
 * <p>An Aho-Corasick scan steps the automaton at every char, following failure links, and reports
 * every occurrence, inside words too, for the caller to throw a third of them away; a whole word
 * can only start after a non-word char, and most words leave the trie after two chars. On Hindi
 * news the walk takes about half a step per char. The matches are exactly those of the full
 * scan filtered by {@link WordBoundary#isWholeWord} (WholeWordTrieTest holds the two together).
 * The transitions are the library's own arrays, which it keeps protected for subclasses.
 */
final class WholeWordTrie<V> extends AhoCorasickDoubleArrayTrie<V> {
  private static final long serialVersionUID = 1L;

  /** Receives one whole-word match: {@code text[start, end)} is a key whose value is {@code value}. */
  @FunctionalInterface
  interface Hit<V> {
    void hit(int start, int end, V value);
  }

  /** Every key in {@code text} that stands on word boundaries at both ends, by start, then end. */
  void findWholeWords(char[] text, Hit<V> hit) {
    // Local copies: the library's fields are not final, so the JIT reloads them on every use.
    int[] base = this.base;
    int[] check = this.check;
    boolean afterWordChar = false;
    for (int start = 0; start < text.length; start++) {
      if (!afterWordChar) {
        walk(text, start, base, check, hit);
      }
      afterWordChar = WordBoundary.isWordChar(text[start]);
    }
  }

  /** Follows the trie from the root along {@code text} from {@code start} for as long as it can. */
  private void walk(char[] text, int start, int[] base, int[] check, Hit<V> hit) {
    int b = base[0];
    for (int i = start; i < text.length; i++) {
      int p = b + text[i] + 1;
      if (p >= check.length || check[p] != b) {
        return;
      }
      b = base[p];
      int end = i + 1;
      // A key ends here when the node has a child on the terminal code 0 (at b itself), whose base
      // holds the key's index as -(index + 1). Keys end rarely, so the boundary test is the shared one.
      if (b >= 0 && b < check.length && check[b] == b && base[b] < 0 && WordBoundary.isWholeWord(text, start, end)) {
        hit.hit(start, end, v[-base[b] - 1]);
      }
    }
  }
}
