package org.charcha.kb;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code seat_cues.tsv}: a named word list of the seat-claim rules, with the value the
 * list stands for where it needs one (the kind a verb cues, the number a word spells).
 */
public record SeatCue(String cue, String value, List<String> words) implements Serializable {

  /** What the {@code value} column of a cue must hold, checked at load time. */
  public enum ValueType {
    NONE, KIND, INTEGER, DECIMAL, HOUSE, NAME
  }

  public static final List<String> KINDS = List.of("won", "lost", "leading", "projected", "contested", "allotted",
      "majority", "total", "held", "other");

  /** Every list the rules read, and the value each must carry; a cue name not here is a typo. */
  public static final Map<String, ValueType> CUES = Map.ofEntries(
      Map.entry("seat_word", ValueType.NONE), Map.entry("between", ValueType.NONE),
      Map.entry("range_joiner", ValueType.NONE), Map.entry("zero_before", ValueType.NONE),
      Map.entry("negation", ValueType.NONE), Map.entry("number", ValueType.INTEGER),
      Map.entry("multiplier", ValueType.INTEGER), Map.entry("fraction", ValueType.DECIMAL),
      Map.entry("not_count", ValueType.NONE), Map.entry("reject", ValueType.NAME),
      Map.entry("legislature", ValueType.NONE), Map.entry("majority_before", ValueType.NONE),
      Map.entry("majority_after", ValueType.NONE), Map.entry("majority_word", ValueType.NONE),
      Map.entry("total_after", ValueType.NONE), Map.entry("total_context", ValueType.NONE),
      Map.entry("gov", ValueType.NONE), Map.entry("opp", ValueType.NONE), Map.entry("others", ValueType.NONE),
      Map.entry("not_subject_after", ValueType.NONE), Map.entry("anaphor", ValueType.NONE),
      Map.entry("clause_break", ValueType.NONE), Map.entry("out_of", ValueType.NONE),
      Map.entry("link", ValueType.NONE), Map.entry("one_constituency_after", ValueType.NONE), Map.entry("house", ValueType.HOUSE),
      Map.entry("kind", ValueType.KIND), Map.entry("context", ValueType.KIND));
}
