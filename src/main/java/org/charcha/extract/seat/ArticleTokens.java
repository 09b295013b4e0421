package org.charcha.extract.seat;

import java.util.ArrayList;
import java.util.List;
import org.charcha.text.NormalizedText;

/**
 * The tokens of one article with its sentences: split at the danda, ?, !, line breaks and at a
 * full stop followed by a space (Hindi web copy often ends sentences with "." instead of "।").
 */
final class ArticleTokens {
  final NormalizedText doc;
  final List<Token> tokens;
  /** Sentence start token indices; sentence k is {@code [starts[k], starts[k + 1])}. */
  final List<Integer> sentenceStarts = new ArrayList<>();

  ArticleTokens(NormalizedText doc) {
    this.doc = doc;
    this.tokens = Tokenizer.tokenize(doc.normalized());
    String text = doc.normalized();
    sentenceStarts.add(0);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean end = isSentenceMark(t) || t.text().equals(".") && fullStop(text, t, i);
      boolean lineBreak = i + 1 < tokens.size() && hasLineBreak(text, t.end(), tokens.get(i + 1).start());
      if ((end || lineBreak) && i + 1 < tokens.size()) {
        sentenceStarts.add(i + 1);
      }
    }
    sentenceStarts.add(tokens.size());
  }

  private static boolean isSentenceMark(Token token) {
    return token.text().length() == 1 && "।?!|".indexOf(token.text().charAt(0)) >= 0;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * A full stop ends a sentence before a space, and also when glued to the next sentence
   * ("हैं.अभी", common in web copy) after a word of three or more chars; not in "2.5" nor in
   * dotted abbreviations ("भा.ज.पा.").
   */
  private boolean fullStop(String text, Token dot, int index) {
    if (dot.end() >= text.length() || Character.isWhitespace(text.charAt(dot.end()))) {
      return true;
    }
    Token before = index > 0 ? tokens.get(index - 1) : null;
    return before != null && before.end() == dot.start() && before.text().length() >= 3
        && !Tokenizer.isDigit(before.text().charAt(0)) && Character.isLetter(text.charAt(dot.end()));
  }

  int sentenceCount() {
    return sentenceStarts.size() - 1;
  }

  int sentenceStart(int sentence) {
    return sentenceStarts.get(sentence);
  }

  int sentenceEnd(int sentence) {
    return sentenceStarts.get(sentence + 1);
  }

  int originalStart(int token) {
    return doc.originalStart(tokens.get(token).start());
  }

  /** The first token whose original start is {@code start}, or -1: token starts only grow. */
  int tokenStartingAt(int start) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (originalStart(mid) < start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < tokens.size() && originalStart(low) == start ? low : -1;
  }

  int originalEnd(int token) {
    return doc.originalEnd(tokens.get(token).end());
  }
}
