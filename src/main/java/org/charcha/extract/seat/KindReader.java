package org.charcha.extract.seat;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Reads the kind of a party's claim from the cue words of its clause (the verb: जीतीं, गंवाईं,
 * लड़ेगी ...), in the order {@link SeatCues#KIND_ORDER}; a plain "won"/"got" reading inside a
 * sentence about an exit poll or a seat-sharing deal is that forecast or that share.
 */
final class KindReader implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String OTHER = "other";
  private final SeatCues cues;

  KindReader(SeatCues cues) {
    this.cues = cues;
  }

  /** The kind and the token index just past the cue that decided it (-1 when none did). */
  record Reading(String kind, int cueEnd) {}

  Reading read(List<Token> tokens, int clauseFrom, int clauseTo, int sentenceFrom, int sentenceTo) {
    String kind = null;
    int cueEnd = -1;
    for (Map.Entry<String, PhraseList> e : cues.kinds.entrySet()) {
      int at = e.getValue().find(tokens, clauseFrom, clauseTo);
      if (at >= 0) {
        kind = e.getKey();
        cueEnd = at + e.getValue().matchAt(tokens, at, clauseTo);
        break;
      }
    }
    if (kind == null || kind.equals("won")) {
      for (Map.Entry<String, PhraseList> e : cues.contexts.entrySet()) {
        if (e.getValue().anyIn(tokens, sentenceFrom, sentenceTo)) {
          return new Reading(e.getKey(), cueEnd);
        }
      }
    }
    return new Reading(kind == null ? OTHER : kind, cueEnd);
  }
}
