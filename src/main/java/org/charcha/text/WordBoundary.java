package org.charcha.text;

/**
 * Whether a match sits on word boundaries. In Devanagari a word continues through vowel signs,
 * virama and nukta (combining marks, Unicode categories Mn and Mc), so "मोदी" must not match the
 * start of "मोदीनगर" nor "राम" the start of "रामा". Java's own word tests ignore marks, hence this.
 */
public final class WordBoundary {
  /**
   * The answer for every char, computed once: the matcher and the tokenizer ask it per char. A
   * boolean per char (64 KiB), not a BitSet: BitSet.get reloads the set's fields and checks its
   * size on every call, which made a pass over a text's chars five times slower (docs/PERFORMANCE.md).
   */
  private static final boolean[] WORD_CHARS = wordChars();

  private WordBoundary() {}

  public static boolean isWordChar(char c) {
    return WORD_CHARS[c];
  }

  private static boolean[] wordChars() {
    boolean[] chars = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int type = Character.getType(c);
      if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        chars[c] = true;
      }
    }
    return chars;
  }

  /** True when {@code [start, end)} of {@code text} is neither preceded nor followed by a word char. */
  public static boolean isWholeWord(CharSequence text, int start, int end) {
    boolean leftClear = start == 0 || !isWordChar(text.charAt(start - 1));
    boolean rightClear = end >= text.length() || !isWordChar(text.charAt(end));
    return leftClear && rightClear;
  }

  /** {@link #isWholeWord(CharSequence, int, int)} on the chars of a text. */
  public static boolean isWholeWord(char[] text, int start, int end) {
    boolean leftClear = start == 0 || !isWordChar(text[start - 1]);
    boolean rightClear = end >= text.length || !isWordChar(text[end]);
    return leftClear && rightClear;
  }
}
