package org.charcha.text;

/**
 * A text in matching form together with the way back to the original: every normalised char index
 * maps to the original char index it came from, so a match found in {@link #normalized()} can be
 * reported, quoted and audited against the text the researcher has.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  /** Null when the text was already in matching form: every index maps to itself. */
  private final int[] toOriginal;

  NormalizedText(String original, String normalized, int[] toOriginal) {
    this.original = original;
    this.normalized = normalized;
    this.toOriginal = toOriginal;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** Original offset of the normalised char at {@code index}; the text length past the end. */
  public int originalStart(int index) {
    if (index >= normalized.length()) {
      return original.length();
    }
    return toOriginal == null ? index : toOriginal[index];
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
