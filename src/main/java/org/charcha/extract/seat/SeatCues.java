package org.charcha.extract.seat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charcha.kb.Election;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.SeatCue;
import org.charcha.text.TextNormalizer;

/** The word lists of {@code seat_cues.tsv} as the rules use them, built once per extractor. */
final class SeatCues implements Serializable {
  private static final long serialVersionUID = 1L;
  final PhraseList seatWord;
  final PhraseList between;
  final PhraseList rangeJoiner;
  final PhraseList zeroBefore;
  final PhraseList negation;
  final PhraseList notCount;
  final PhraseList reject;
  final PhraseList legislature;
  final PhraseList majorityBefore;
  final PhraseList majorityAfter;
  final PhraseList majorityWord;
  final PhraseList totalAfter;
  final PhraseList totalContext;
  final PhraseList gov;
  final PhraseList opp;
  final PhraseList others;
  final PhraseList notSubjectAfter;
  final PhraseList anaphor;
  final PhraseList clauseBreak;
  final PhraseList outOf;
  final PhraseList link;
  final PhraseList oneConstituencyAfter;
  /** Kind cues in the clause, in the order that decides between several (docs/SEAT_CLAIMS.md). */
  final Map<String, PhraseList> kinds = new LinkedHashMap<>();
  final Map<String, PhraseList> contexts = new LinkedHashMap<>();
  final Map<Election.House, PhraseList> houses = new EnumMap<>(Election.House.class);
  final HindiNumbers numbers;

  /** Normalised seat and majority words: a sentence without one of them holds no claim. */
  private final List<String> anchors;

  /**
   * A cheap screen before tokenising: most articles name no seat or majority word at all, and
   * substring search over the whole text is a superset of the per-sentence test the rules apply.
   */
  boolean mayHoldClaim(String normalized) {
    for (String anchor : anchors) {
      if (normalized.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops each anchor that contains another ("सीटें" contains "सीट"): a text holding it holds the
   * shorter one too, so the screen gives the same answer with one pass over the text fewer.
   */
  private static List<String> shortestCovering(List<String> anchors) {
    List<String> distinct = anchors.stream().distinct().toList();
    return distinct.stream()
        .filter(a -> distinct.stream().noneMatch(other -> !other.equals(a) && a.contains(other)))
        .toList();
  }

  /** Which kind wins when a clause cues several: the more specific reading first. */
  static final List<String> KIND_ORDER = List.of("projected", "lost", "leading", "contested", "allotted", "won", "held");

  SeatCues(KnowledgeBase kb) {
    TextNormalizer normalizer = new TextNormalizer();
    List<SeatCue> rows = kb.seatCues();
    seatWord = list(rows, "seat_word", null, normalizer);
    anchors = shortestCovering(keys(rows, List.of("seat_word", "majority_word"), normalizer));
    between = list(rows, "between", null, normalizer);
    rangeJoiner = list(rows, "range_joiner", null, normalizer);
    zeroBefore = list(rows, "zero_before", null, normalizer);
    negation = list(rows, "negation", null, normalizer);
    notCount = list(rows, "not_count", null, normalizer);
    reject = list(rows, "reject", null, normalizer);
    legislature = list(rows, "legislature", null, normalizer);
    majorityBefore = list(rows, "majority_before", null, normalizer);
    majorityAfter = list(rows, "majority_after", null, normalizer);
    majorityWord = list(rows, "majority_word", null, normalizer);
    totalAfter = list(rows, "total_after", null, normalizer);
    totalContext = list(rows, "total_context", null, normalizer);
    gov = list(rows, "gov", null, normalizer);
    opp = list(rows, "opp", null, normalizer);
    others = list(rows, "others", null, normalizer);
    notSubjectAfter = list(rows, "not_subject_after", null, normalizer);
    anaphor = list(rows, "anaphor", null, normalizer);
    clauseBreak = list(rows, "clause_break", null, normalizer);
    outOf = list(rows, "out_of", null, normalizer);
    link = list(rows, "link", null, normalizer);
    oneConstituencyAfter = list(rows, "one_constituency_after", null, normalizer);
    for (String kind : KIND_ORDER) {
      kinds.put(kind, list(rows, "kind", kind, normalizer));
    }
    for (String kind : List.of("projected", "allotted")) {
      contexts.put(kind, list(rows, "context", kind, normalizer));
    }
    for (Election.House house : Election.House.values()) {
      houses.put(house, list(rows, "house", house.name().toLowerCase(java.util.Locale.ROOT), normalizer));
    }
    numbers = new HindiNumbers(rows, normalizer);
  }

  /** All words of the rows named {@code cue} (and with {@code value}, when given). */
  private static List<String> keys(List<SeatCue> rows, List<String> cues, TextNormalizer normalizer) {
    List<String> keys = new ArrayList<>();
    for (SeatCue row : rows) {
      if (cues.contains(row.cue())) {
        row.words().forEach(word -> keys.add(normalizer.key(word)));
      }
    }
    return keys;
  }

  private static PhraseList list(List<SeatCue> rows, String cue, String value, TextNormalizer normalizer) {
    List<String> words = new ArrayList<>();
    for (SeatCue row : rows) {
      if (row.cue().equals(cue) && (value == null || row.value().equals(value))) {
        words.addAll(row.words());
      }
    }
    return new PhraseList(words, normalizer);
  }
}
