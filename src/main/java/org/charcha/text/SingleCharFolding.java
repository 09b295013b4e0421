package org.charcha.text;

import java.util.Arrays;
import java.util.Map;

/**
 * Applies one-char-to-at-most-one-char folds in a single pass over a string, with a lookup table
 * instead of Lucene's {@code MappingCharFilter}. The filter reads through a {@code Reader}, walks an
 * FST per char and computes each offset by search; on news text, normalisation through it cost about
 * as much as the alias scan itself, six times what it costs now (docs/PERFORMANCE.md). For folds of
 * this shape the table gives the same text and the same offsets ({@code TextNormalizerProperties}
 * checks it against the Lucene chain).
 */
final class SingleCharFolding {
  private static final int DROPPED = -1;
  private final int[] to = new int[Character.MAX_VALUE + 1];

  SingleCharFolding(Map<Character, String> folds) {
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
  }

  /**
   * The folded text, each of its chars mapped to the index of the original char it came from; the
   * text itself, with no map, when no char of it folds (most Latin and much Hindi text).
   */
  NormalizedText fold(String text) {
    int n = text.length();
    int unchanged = 0;
    while (unchanged < n && to[text.charAt(unchanged)] == text.charAt(unchanged)) {
      unchanged++;
    }
    if (unchanged == n) {
      return new NormalizedText(text, text, null);
    }
    char[] out = new char[n];
    int[] toOriginal = new int[n];
    text.getChars(0, unchanged, out, 0);
    for (int i = 0; i < unchanged; i++) {
      toOriginal[i] = i;
    }
    int length = unchanged;
    for (int i = unchanged; i < n; i++) {
      int folded = to[text.charAt(i)];
      if (folded != DROPPED) {
        out[length] = (char) folded;
        toOriginal[length] = i;
        length++;
      }
    }
    return new NormalizedText(text, new String(out, 0, length),
        length == n ? toOriginal : Arrays.copyOf(toOriginal, length));
  }
}
