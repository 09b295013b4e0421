package org.charcha.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.charcha.text.WordBoundary;

/**
 * A cue word list (data/kb/cues.tsv) that answers "does a cue start, or end, exactly here?" with
 * the few cues sharing the char at that position instead of trying every cue: the rules ask it
 * several times per alias match, and trying each of a hundred entity words each time was the
 * mention rules' largest cost. Cues may hold spaces ("हवाई अड्डे"); a hit must be whole words.
 * The chars are kept in a sorted array, so a lookup neither hashes nor boxes a char.
 */
final class CueWords {
  private static final String[] NONE = new String[0];
  private final Set<String> words;
  private final CharIndex byFirstChar;
  private final CharIndex byLastChar;

  CueWords(Set<String> words) {
    this.words = Set.copyOf(words);
    this.byFirstChar = new CharIndex(this.words, true);
    this.byLastChar = new CharIndex(this.words, false);
  }

  static CueWords of(String... words) {
    return new CueWords(Set.of(words));
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** True when a cue starts at {@code start} of {@code text} as whole words. */
  boolean startsAt(String text, int start) {
    if (start >= text.length()) {
      return false;
    }
    for (String cue : byFirstChar.cues(text.charAt(start))) {
      if (text.startsWith(cue, start) && WordBoundary.isWholeWord(text, start, start + cue.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when a cue ends just before {@code end} of {@code text} as whole words. */
  boolean endsAt(String text, int end) {
    if (end <= 0) {
      return false;
    }
    for (String cue : byLastChar.cues(text.charAt(end - 1))) {
      int start = end - cue.length();
      if (start >= 0 && text.startsWith(cue, start) && WordBoundary.isWholeWord(text, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** The cues grouped by their first (or last) char. */
  private static final class CharIndex {
    private final char[] chars;
    private final String[][] cues;

    CharIndex(Set<String> words, boolean first) {
      Map<Character, List<String>> groups = new TreeMap<>();
      for (String word : words) {
        if (!word.isEmpty()) {
          groups.computeIfAbsent(word.charAt(first ? 0 : word.length() - 1), c -> new ArrayList<>()).add(word);
        }
      }
      chars = new char[groups.size()];
      cues = new String[groups.size()][];
      int i = 0;
      for (Map.Entry<Character, List<String>> group : groups.entrySet()) {
        chars[i] = group.getKey();
        cues[i] = group.getValue().stream().sorted().toArray(String[]::new);
        i++;
      }
    }

    String[] cues(char c) {
      int i = Arrays.binarySearch(chars, c);
      return i < 0 ? NONE : cues[i];
    }
  }
}
