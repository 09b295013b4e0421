package org.charcha.kb;

import java.io.Serializable;

/** One knowledge-base spelling and what it points at. */
public record Alias(Kind kind, String target) implements Serializable {

  public enum Kind {
    /** A leader's full name or distinctive alias: a mention wherever it stands. */
    LEADER_NAME,
    /** A leader's ambiguous short name: a mention only with an antecedent or a title. */
    LEADER_SHORT,
    PARTY,
    /** A party name that is also an ordinary word: a mention only next to a party cue. */
    PARTY_AMBIGUOUS,
    OFFICE,
    PLACE,
    /** A namesake who is not a leader: matched so that the leader's alias inside it is not. */
    NOT_LEADER
  }
}
