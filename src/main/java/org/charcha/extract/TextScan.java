package org.charcha.extract;

import org.charcha.text.WordBoundary;

/** Small look-arounds on normalised text that the rules share: the words just before and after. */
final class TextScan {
  private TextScan() {}

  static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int skipSpacesBack(String s, int i) {
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static final String QUOTES = "'\"‘’“”";

  /** True when {@code s[start, end)} stands between quote marks: 'आप', “आप”. */
  static boolean isQuoted(String s, int start, int end) {
    return start > 0 && end < s.length() && QUOTES.indexOf(s.charAt(start - 1)) >= 0 && QUOTES.indexOf(s.charAt(end)) >= 0;
  }

  /** The end of the word after {@code from} (spaces skipped), or {@code from} when none follows. */
  static int endOfNextWord(String s, int from) {
    int i = skipSpaces(s, from);
    int start = i;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i == start ? from : i;
  }

  /** True when, after spaces, the text at {@code from} starts with one of {@code words} as whole words. */
  static boolean followedBy(String s, int from, CueWords words) {
    return words.startsAt(s, skipSpaces(s, from));
  }

  /** True when, before spaces, the text ending at {@code to} ends with one of {@code words} as whole words. */
  static boolean precededBy(String s, int to, CueWords words) {
    return words.endsAt(s, skipSpacesBack(s, to));
  }

  /** The word that ends, spaces aside, just before {@code to}; empty when none does. */
  static String previousWord(String s, int to) {
    int end = skipSpacesBack(s, to);
    int start = end;
    while (start > 0 && WordBoundary.isWordChar(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start, end);
  }

  /** The word that starts, spaces aside, just after {@code from}; empty when none does. */
  static String nextWord(String s, int from) {
    int start = skipSpaces(s, from);
    int end = start;
    while (end < s.length() && WordBoundary.isWordChar(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /** True when the word before {@code to} is a number ("5 विधायक"): a count of people, not one. */
  static boolean precededByNumber(String s, int to) {
    int end = skipSpacesBack(s, to);
    return end > 0 && Character.isDigit(s.charAt(end - 1));
  }

  /** True when {@code s[from, to)} holds only spaces and words from {@code allowed}. */
  static boolean onlyWords(String s, int from, int to, CueWords allowed) {
    if (from > to) {
      return false;
    }
    String gap = s.substring(from, to).strip();
    if (gap.isEmpty()) {
      return true;
    }
    for (String word : gap.split("\\s+")) {
      if (!allowed.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code s[from, to)} is an opening bracket, spaces and nothing else. */
  static boolean isOpeningBracket(String s, int from, int to) {
    return from <= to && s.substring(from, to).strip().equals("(");
  }

  /** True when, after spaces, the next char at {@code from} is a closing bracket. */
  static boolean closesBracket(String s, int from) {
    int i = skipSpaces(s, from);
    return i < s.length() && s.charAt(i) == ')';
  }
}
