package org.charcha.extract.seat;

/**
 * Something a seat number can belong to, at tokens {@code [start, end)}: a party or alliance, a
 * leader (standing for the leader's party), the government, the opposition, or "others" (whose
 * claims are not emitted). {@code key} is the party key, GOV or OPP; null for others.
 */
record Holder(Type type, String key, int start, int end) {
  enum Type {
    PARTY, LEADER, GOV, OPP, OTHERS
  }
}
