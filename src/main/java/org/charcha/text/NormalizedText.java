package org.charcha.text;

import java.util.Arrays;

/**
 * A text in matching form together with the way back to the original: every normalised char index
 * maps to the original char index it came from, so a match found in {@link #normalized()} can be
 * reported, quoted and audited against the text the researcher has.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final char[] normalizedChars;
  /** Original index of every normalised char; null when {@link #drops} says it all. */
  private final int[] toOriginal;
  /**
   * When only dropped chars separate the two texts: for each dropped char, ascending, how many
   * normalised chars precede it. Null when {@link #toOriginal} is the map or nothing changed.
   */
  private final int[] drops;

  private NormalizedText(String original, String normalized, char[] normalizedChars, int[] toOriginal, int[] drops) {
    this.original = original;
    this.normalized = normalized;
    this.normalizedChars = normalizedChars;
    this.toOriginal = toOriginal;
    this.drops = drops;
  }

  /** A text already in matching form; {@code chars} are its chars. */
  static NormalizedText unchanged(String text, char[] chars) {
    return new NormalizedText(text, text, chars, null, null);
  }

  /** A text whose chars were each kept in place, replaced by one char, or dropped at {@code drops}. */
  static NormalizedText withDrops(String original, char[] normalized, int[] drops) {
    return new NormalizedText(original, new String(normalized), normalized, null, drops.length == 0 ? null : drops);
  }

  /** A text whose every normalised char came from the original char at {@code toOriginal}. */
  static NormalizedText mapped(String original, String normalized, int[] toOriginal) {
    return new NormalizedText(original, normalized, normalized.toCharArray(), toOriginal, null);
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /**
   * The chars of {@link #normalized()}, for scans that read every char: an array read is about
   * a fifth cheaper than {@code String.charAt} (docs/PERFORMANCE.md). Shared, not copied: callers
   * must not write to it.
   */
  public char[] normalizedChars() {
    return normalizedChars;
  }

  /** Original offset of the normalised char at {@code index}; the text length past the end. */
  public int originalStart(int index) {
    if (index >= normalized.length()) {
      return original.length();
    }
    if (toOriginal != null) {
      return toOriginal[index];
    }
    return drops == null ? index : index + dropsUpTo(index);
  }

  /** How many chars were dropped before the normalised char at {@code index}. */
  private int dropsUpTo(int index) {
    int found = Arrays.binarySearch(drops, index);
    if (found < 0) {
      return -found - 1;
    }
    while (found + 1 < drops.length && drops[found + 1] == index) {
      found++;
    }
    return found + 1;
  }

  /**
   * Original offset just past the normalised range ending (exclusive) at {@code end}: a match's
   * end is extended over any original chars that normalisation removed after its last char (a
   * trailing nukta or ZWJ belongs to the word).
   */
  public int originalEnd(int end) {
    if (end <= 0) {
      return 0;
    }
    return originalStart(end);
  }
}
