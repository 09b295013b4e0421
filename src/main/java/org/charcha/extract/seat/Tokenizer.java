package org.charcha.extract.seat;

import java.util.ArrayList;
import java.util.List;
import org.charcha.text.WordBoundary;

/**
 * Splits normalised text into words (letters with their combining marks, so "सीटें" stays one
 * word), digit runs ("1,000" is one number: Indian print groups thousands) and single punctuation
 * chars ("88-112" is three tokens, so that a range can be read).
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isDigit(c)) {
        int start = i;
        while (i < text.length() && (isDigit(text.charAt(i))
            || (text.charAt(i) == ',' && i + 1 < text.length() && isDigit(text.charAt(i + 1)) && i > start))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), start, i));
      } else if (WordBoundary.isWordChar(c)) {
        int start = i;
        while (i < text.length() && WordBoundary.isWordChar(text.charAt(i)) && !isDigit(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), start, i));
      } else {
        tokens.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
