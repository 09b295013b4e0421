package org.charcha.extract.seat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charcha.text.TextNormalizer;

/**
 * A list of words and phrases from {@code seat_cues.tsv}, matched token by token on normalised
 * text, so that "सीट बंटवारे" matches across the space and "कार" never matches inside "सरकार".
 */
final class PhraseList implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, List<List<String>>> byFirst = new HashMap<>();
  private final Map<String, List<List<String>>> byLast = new HashMap<>();

  PhraseList(Collection<String> words, TextNormalizer normalizer) {
    for (String word : words) {
      List<String> phrase = Tokenizer.tokenize(normalizer.key(word)).stream().map(Token::text).toList();
      if (!phrase.isEmpty()) {
        byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        byLast.computeIfAbsent(phrase.get(phrase.size() - 1), k -> new ArrayList<>()).add(phrase);
      }
    }
  }

  /** Tokens of the longest phrase starting at {@code i} and ending before {@code limit}; 0 if none. */
  int matchAt(List<Token> tokens, int i, int limit) {
    if (i < 0 || i >= limit) {
      return 0;
    }
    int best = 0;
    for (List<String> phrase : byFirst.getOrDefault(tokens.get(i).text(), List.of())) {
      if (phrase.size() > best && i + phrase.size() <= limit && matches(tokens, i, phrase)) {
        best = phrase.size();
      }
    }
    return best;
  }

  /** Tokens of the longest phrase ending just before {@code end} and starting at or after {@code floor}. */
  int matchEndingAt(List<Token> tokens, int end, int floor) {
    if (end - 1 < floor || end - 1 < 0) {
      return 0;
    }
    int best = 0;
    for (List<String> phrase : byLast.getOrDefault(tokens.get(end - 1).text(), List.of())) {
      int start = end - phrase.size();
      if (phrase.size() > best && start >= floor && matches(tokens, start, phrase)) {
        best = phrase.size();
      }
    }
    return best;
  }

  /** Index of the first token in {@code [from, to)} where a phrase starts; -1 if none. */
  int find(List<Token> tokens, int from, int to) {
    for (int i = Math.max(from, 0); i < to; i++) {
      if (matchAt(tokens, i, to) > 0) {
        return i;
      }
    }
    return -1;
  }

  boolean anyIn(List<Token> tokens, int from, int to) {
    return find(tokens, from, to) >= 0;
  }

  private static boolean matches(List<Token> tokens, int start, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.get(start + k).text().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
