package org.charcha.text;

import java.util.Arrays;
import java.util.Map;

/**
 * Applies the {@link DevanagariFolding} folds, each one char to at most one char, in a single pass
 * over a string, with a lookup table instead of Lucene's {@code MappingCharFilter}. The filter reads
 * through a {@code Reader}, walks an FST per char and computes each offset by search; on news text,
 * normalisation through it cost about as much as the alias scan itself (docs/PERFORMANCE.md). For
 * folds of this shape the table gives the same text and the same offsets
 * ({@code TextNormalizerProperties} checks it against the Lucene chain).
 */
final class SingleCharFolding {
  private static final int DROPPED = -1;
  private static final int[] NO_DROPS = new int[0];
  /**
   * Static, not per instance: the JIT then knows the table's length, and since a char cannot
   * exceed it, drops the bounds check of every lookup (a per-instance table made the fold about a
   * third slower).
   */
  private static final int[] TO = table(DevanagariFolding.folds());

  private SingleCharFolding() {}

  private static int[] table(Map<Character, String> folds) {
    int[] to = new int[Character.MAX_VALUE + 1];
    for (int c = 0; c < to.length; c++) {
      to[c] = c;
    }
    folds.forEach((from, into) -> {
      if (into.length() > 1) {
        throw new IllegalArgumentException("fold of U+" + Integer.toHexString(from) + " to '" + into
            + "' is longer than one char; only the Lucene chain can apply it");
      }
      to[from] = into.isEmpty() ? DROPPED : into.charAt(0);
    });
    return to;
  }

  /**
   * The folded text, with the positions where chars were dropped; the text itself when no char of
   * it folds. A fold keeps every other char in place, so the drops are all the way back to the
   * original needs: the shared corpora drop 0.43% of their chars (nuktas, ZWJs), where a map of
   * every char cost a write per char and an array as large as the text.
   */
  static NormalizedText fold(String text) {
    // Folded in place in a copy of the chars: a char array is read and written at about twice the
    // speed of String.charAt, which checks the string's coder and bounds on every call.
    char[] chars = text.toCharArray();
    int[] drops = NO_DROPS;
    int dropped = 0;
    int length = 0;
    boolean changed = false;
    for (char c : chars) {
      int folded = TO[c];
      if (folded != DROPPED) {
        chars[length++] = (char) folded;
        changed |= folded != c;
      } else {
        if (dropped == drops.length) {
          drops = Arrays.copyOf(drops, Math.max(8, 2 * dropped));
        }
        drops[dropped++] = length;
      }
    }
    if (!changed && dropped == 0) {
      return NormalizedText.unchanged(text, chars);
    }
    return NormalizedText.withDrops(text, length == chars.length ? chars : Arrays.copyOf(chars, length),
        Arrays.copyOf(drops, dropped));
  }
}
